package org.anthology.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anthology.edition.Edition;
import org.anthology.edition.pdf.MissingCharacter;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Asks every edition what would keep it from showing the book faithfully. A problem one edition has (a character
 * its fonts lack) keeps only that edition from being written: the others do not depend on its fonts. A missing
 * character is reported at the line of its manuscript it first stands on, found by reading the manuscript again,
 * since a paragraph's position is that of its first line.
 */
final class EditionChecks {

    private final Path basedir;
    private final Charset charset;
    private final Map<String, List<String>> sources = new HashMap<>();

    EditionChecks(Path basedir, Charset charset) {
        this.basedir = basedir;
        this.charset = charset;
    }

    /** The editions of {@code editions} that found no problem of their own in {@code book}. */
    List<Edition> writable(List<Edition> editions, Anthology book, Diagnostics diagnostics) {
        List<Edition> out = new ArrayList<>();
        for (Edition edition : editions) {
            int before = diagnostics.errors().size();
            if (edition instanceof PdfEdition pdf) {
                check(pdf, book, diagnostics);
            } else {
                edition.check(book, diagnostics);
            }
            if (diagnostics.errors().size() == before) {
                out.add(edition);
            }
        }
        return out;
    }

    private void check(PdfEdition pdf, Anthology book, Diagnostics diagnostics) {
        if (!pdf.checkFonts(diagnostics)) {
            return;
        }
        for (MissingCharacter missing : pdf.missingCharacters(book)) {
            MissingCharacter placed = missing.at(lineOf(missing));
            diagnostics.error(placed.first(), placed.problem());
        }
    }

    /** The first line at or after the block's first line that holds the character; the block's line if none. */
    private SourcePosition lineOf(MissingCharacter missing) {
        List<String> lines = sources.computeIfAbsent(missing.first().file(), this::read);
        String character = Character.toString(missing.codePoint());
        for (int line = Math.max(1, missing.first().line()); line <= lines.size(); line++) {
            if (lines.get(line - 1).contains(character)) {
                return new SourcePosition(missing.first().file(), line);
            }
        }
        return missing.first();
    }

    private List<String> read(String file) {
        try {
            return Files.readString(basedir.resolve(file), charset).lines().toList();
        } catch (IOException | RuntimeException e) {
            // The character is still reported, at its block's line: the manuscript was read once already.
            return List.of();
        }
    }
}
