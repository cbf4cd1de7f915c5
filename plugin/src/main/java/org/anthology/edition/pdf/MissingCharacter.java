package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.anthology.model.SourcePosition;

/**
 * A character the PDF fonts lack, once per file: where it first stands and how many blocks of that file use it,
 * so a text full of one script gives one line per character rather than one per paragraph.
 */
public record MissingCharacter(SourcePosition first, int codePoint, int blocks, List<String> fonts) {

    public MissingCharacter {
        Objects.requireNonNull(first, "first");
        fonts = List.copyOf(fonts);
    }

    /** The {@code uncovered} characters, grouped by file and character in the order they were met. */
    static List<MissingCharacter> group(List<UncoveredCharacter> uncovered) {
        Map<String, List<UncoveredCharacter>> byFileAndCharacter = new LinkedHashMap<>();
        for (UncoveredCharacter each : uncovered) {
            byFileAndCharacter.computeIfAbsent(each.position().file() + "\u0000" + each.codePoint(),
                    k -> new ArrayList<>()).add(each);
        }
        List<MissingCharacter> out = new ArrayList<>();
        for (List<UncoveredCharacter> same : byFileAndCharacter.values()) {
            UncoveredCharacter first = same.get(0);
            out.add(new MissingCharacter(first.position(), first.codePoint(), same.size(), first.fonts()));
        }
        return out;
    }

    /** This character first found at {@code at}, the line it stands on, rather than its block's first line. */
    public MissingCharacter at(SourcePosition at) {
        return new MissingCharacter(at, codePoint, blocks, fonts);
    }

    /** What is wrong and what to do, without the position. */
    public String problem() {
        String where = blocks == 1 ? "" : String.format(Locale.ROOT, " (in %d places in this file; this is the "
                + "first)", blocks);
        return new UncoveredCharacter(first, codePoint, fonts).problem().replaceFirst("\\. ", where + ". ");
    }
}
