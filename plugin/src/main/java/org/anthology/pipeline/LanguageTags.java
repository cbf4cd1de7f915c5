package org.anthology.pipeline;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;

/**
 * Checks that the book's language and every chapter's own language are well-formed BCP 47 tags, as the EPUB's
 * {@code dc:language} and {@code xml:lang} and the PDF's {@code /Lang} require, naming the fix for the common slip of
 * writing a Java locale name ({@code en_GB} for {@code en-GB}).
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** Reports the book's language when it is not a tag. */
    static void checkBook(String tag, Diagnostics diagnostics) {
        problem(tag).ifPresent(fix -> diagnostics.error(null, "the book's language '" + tag
                + "' is not a BCP 47 language tag. " + fix + " in <language> or -Danthology.language"));
    }

    /** Reports each chapter whose front matter sets a language that is not a tag, at its file. */
    static void checkChapters(List<Chapter> chapters, Diagnostics diagnostics) {
        for (Chapter chapter : chapters) {
            chapter.language().ifPresent(tag -> problem(tag).ifPresent(fix -> diagnostics.error(chapter.source(),
                    "the chapter's language '" + tag + "' is not a BCP 47 language tag. " + fix
                            + " in its front matter")));
        }
    }

    /** What to write instead of {@code tag}, or empty when it is well-formed. */
    public static Optional<String> problem(String tag) {
        if (wellFormed(tag)) {
            return Optional.empty();
        }
        String dashed = tag.strip().replace('_', '-');
        if (wellFormed(dashed)) {
            return Optional.of("Write " + Locale.forLanguageTag(dashed).toLanguageTag());
        }
        return Optional.of("Write a tag such as en, en-GB, de, pt-BR or zh-Hans");
    }

    private static boolean wellFormed(String tag) {
        if (tag.isBlank()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
