package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.BitSet;
import java.util.Locale;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.PerChapter;
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
        check(book, FontCoverage.characters(book), PerChapter.sequential(), diagnostics);
    }

    /**
     * As {@link #check(Anthology, Diagnostics)}, with {@code characters}, every code point of {@code book}, known,
     * and each chapter checked on one of {@code tasks}' threads, its warnings reported in book order: a word is
     * measured only when its length times the widest of those characters could exceed the line, which leaves out
     * nearly every word of a book, since each one would otherwise be measured letter by letter. Nor is every letter
     * looked at: a word can only be that long where a stretch of that many characters holds no break.
     */
    void check(Anthology book, BitSet characters, PerChapter tasks, Diagnostics diagnostics) {
        BaseFont font = fonts.font(FontSet.Role.BODY, false, false, size).getBaseFont();
        int widest = characters.stream().map(font::getWidth).max().orElse(0);
        int fits = longestThatFits(widest);
        tasks.mapPure(book.chapters(), diagnostics, (chapter, own) -> {
            check(chapter, font, fits, own);
            return chapter;
        });
    }

    private void check(Chapter chapter, BaseFont font, int fits, Diagnostics diagnostics) {
        for (Block.Paragraph paragraph : Walk.blocks(chapter.blocks(), Block.Paragraph.class)) {
            String text = Inline.plainText(paragraph.content());
            if (text.length() <= fits) {
                continue;
            }
            char[] chars = text.toCharArray();
            for (int start = 0; start + fits < chars.length; ) {
                // The last break among the next fits + 1 characters: the word from start ends there or before.
                int stop = start + fits;
                while (stop >= start && !breaksWords(chars[stop])) {
                    stop--;
                }
                if (stop >= start) {
                    start = stop + 1;
                    continue;
                }
                int end = start + fits + 1;
                while (end < chars.length && !breaksWords(chars[end])) {
                    end++;
                }
                String word = text.substring(start, end);
                if (font.getWidthPoint(word, size) > measure) {
                    diagnostics.warning(paragraph.position(), problem(word));
                }
                start = end + 1;
            }
        }
    }

    /**
     * The most characters a word may have and be sure to fit the line, however wide its letters: words of more than
     * eight characters whose length in the widest character exceeds the measure may not; none may when the book has
     * no character with a width.
     */
    private int longestThatFits(int widest) {
        if (widest <= 0) {
            return Integer.MAX_VALUE - 1;
        }
        int length = 8;
        while ((float) (length + 1) * widest * 0.001f * size <= measure) {
            length++;
        }
        return length;
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
