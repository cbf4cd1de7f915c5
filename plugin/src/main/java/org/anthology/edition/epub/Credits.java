package org.anthology.edition.epub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;

/**
 * Who made the book, as the package document, title page and colophon credit them: the book's creators with their
 * role, and the chapter authors who are not among them, once each in reading order.
 */
record Credits(List<String> creators, EpubOptions.CreatorRole role, List<String> contributors) {

    Credits {
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
    }

    static Credits of(Anthology book, EpubOptions options) {
        List<String> creators = book.metadata().creators();
        Set<String> authors = new LinkedHashSet<>();
        for (Chapter chapter : book.chapters()) {
            chapter.author().ifPresent(authors::add);
        }
        // An anthology whose chapters name their authors is edited, not written, by the people on its cover.
        EpubOptions.CreatorRole role = options.creatorRole().orElse(
                authors.isEmpty() ? EpubOptions.CreatorRole.AUTHOR : EpubOptions.CreatorRole.EDITOR);
        List<String> contributors = new ArrayList<>(authors);
        contributors.removeAll(creators);
        return new Credits(creators, role, contributors);
    }

    /** The creators in one line, introduced by their role: "Edited by A and B", "By A". */
    String creatorLine() {
        return (role == EpubOptions.CreatorRole.EDITOR ? "Edited by " : "By ") + join(creators);
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
