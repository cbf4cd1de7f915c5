package org.anthology.edition.pdf;

import java.util.Locale;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.Walk;

/**
 * Warns, at the file and line of its paragraph, of every word of running text wider than the PDF's text block:
 * the paragraph breaker has no place to end a line inside it but between two letters, which a reader would not
 * expect. The word is set in full either way; the warning tells the author where to give it a break.
 */
final class OverlongWords {

    private static final int SHOWN = 24;

    private final FontSet fonts;
    private final float size;
    private final float measure;

    OverlongWords(FontSet fonts, PdfTheme theme) {
        this.fonts = fonts;
        this.size = theme.bodySize();
        this.measure = theme.textWidth();
    }

    /** Reports the overlong words of {@code book}'s paragraphs, however deep, to {@code diagnostics}. */
    void check(Anthology book, Diagnostics diagnostics) {
        for (Chapter chapter : book.chapters()) {
            for (Block.Paragraph paragraph : Walk.blocks(chapter.blocks(), Block.Paragraph.class)) {
                for (String word : Inline.plainText(paragraph.content()).split("[\\s\\-\\u2010\\u2013\\u2014/]+")) {
                    if (word.length() > 8 && fonts.font(FontSet.Role.BODY, false, false, size).getBaseFont()
                            .getWidthPoint(word, size) > measure) {
                        diagnostics.warning(paragraph.position(), problem(word));
                    }
                }
            }
        }
    }

    private static String problem(String word) {
        String shown = word.length() > SHOWN ? word.substring(0, SHOWN) + "\u2026" : word;
        return String.format(Locale.ROOT, "a word of %,d characters (\"%s\") is wider than a line of the PDF, which "
                + "breaks it between letters. Add a space or a hyphen where it may break", word.length(), shown);
    }
}
