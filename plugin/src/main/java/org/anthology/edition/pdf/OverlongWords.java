package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.BitSet;
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
        check(book, FontCoverage.characters(book), diagnostics);
    }

    /**
     * As {@link #check(Anthology, Diagnostics)}, with {@code characters}, every code point of {@code book}, known:
     * a word is measured only when its length times the widest of those characters could exceed the line, which
     * leaves out nearly every word of a book, since each one would otherwise be measured letter by letter.
     */
    void check(Anthology book, BitSet characters, Diagnostics diagnostics) {
        BaseFont font = fonts.font(FontSet.Role.BODY, false, false, size).getBaseFont();
        int widest = characters.stream().map(font::getWidth).max().orElse(0);
        for (Chapter chapter : book.chapters()) {
            for (Block.Paragraph paragraph : Walk.blocks(chapter.blocks(), Block.Paragraph.class)) {
                String text = Inline.plainText(paragraph.content());
                int start = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i < text.length() && !breaksWords(text.charAt(i))) {
                        continue;
                    }
                    int length = i - start;
                    // Widths only add up: a word is no wider than its length in the book's widest character.
                    if (length > 8 && (float) length * widest * 0.001f * size > measure
                            && font.getWidthPoint(text.substring(start, i), size) > measure) {
                        diagnostics.warning(paragraph.position(), problem(text.substring(start, i)));
                    }
                    start = i + 1;
                }
            }
        }
    }

    /** ASCII white space, hyphens, en and em dashes and slashes end a word, as the PDF's line breaker sees words. */
    private static boolean breaksWords(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '-', '\u2010', '\u2013', '\u2014', '/' -> true;
            default -> false;
        };
    }

    private static String problem(String word) {
        String shown = word.length() > SHOWN ? word.substring(0, SHOWN) + "\u2026" : word;
        return String.format(Locale.ROOT, "a word of %,d characters (\"%s\") is wider than a line of the PDF, which "
                + "breaks it between letters. Add a space or a hyphen where it may break", word.length(), shown);
    }
}
