package org.anthology.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who made the book, computed once so every edition credits the same people in the same words: the book's editors
 * (its {@link Metadata#creators()}) and the chapter authors who are not among them, once each in reading order.
 *
 * @param creators     the people on the cover, in the order given
 * @param role         what they did
 * @param contributors the chapter authors not among the creators, in reading order
 * @param wording      the book's generated words
 */
public record Credits(List<String> creators, Role role, List<String> contributors, Wording wording) {

    public Credits {
        creators = List.copyOf(creators);
        Objects.requireNonNull(role, "role");
        contributors = List.copyOf(contributors);
        Objects.requireNonNull(wording, "wording");
    }

    /** The credits of {@code book}: its creators are its editors, as the contents file and settings name them. */
    public static Credits of(Anthology book) {
        return of(book, Role.EDITOR);
    }

    /** The credits of {@code book} with its creators in {@code role}. */
    public static Credits of(Anthology book, Role role) {
        Set<String> authors = new LinkedHashSet<>();
        book.chapters().forEach(chapter -> chapter.author().ifPresent(authors::add));
        List<String> contributors = new ArrayList<>(authors);
        contributors.removeAll(book.metadata().creators());
        return new Credits(book.metadata().creators(), role, contributors,
                Wording.forLanguage(book.metadata().language()));
    }

    /** The creators in one line, introduced by their role: "Edited by A and B", "By A"; empty when there are none. */
    public String creatorLine() {
        return creators.isEmpty() ? "" : wording.get(role.wordingKey, wording.join(creators));
    }

    /** The chapter authors who are not creators, in one line: "With texts by A and B"; empty when there are none. */
    public String contributorLine() {
        return contributors.isEmpty() ? "" : wording.get("with-texts-by", wording.join(contributors));
    }

    /**
     * The name as a catalogue sorts it: "Wei, Li" for "Li Wei", the last word first; a name already written with a
     * comma, or of one word, stays as it is.
     */
    public static String fileAs(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        if (trimmed.contains(",") || space < 0) {
            return trimmed;
        }
        return trimmed.substring(space + 1) + ", " + trimmed.substring(0, space);
    }

    /** What the creators of the book did, with its MARC relator code for the package document. */
    public enum Role {
        AUTHOR("aut", "by"), EDITOR("edt", "edited-by");

        private final String relator;
        private final String wordingKey;

        Role(String relator, String wordingKey) {
            this.relator = relator;
            this.wordingKey = wordingKey;
        }

        /** The MARC relator code. */
        public String relator() {
            return relator;
        }
    }
}
