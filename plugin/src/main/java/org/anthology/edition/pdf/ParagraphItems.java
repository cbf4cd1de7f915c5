package org.anthology.edition.pdf;

import com.ibm.icu.text.BreakIterator;
import com.lowagie.text.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a paragraph's chunks into the line breaker's items: a box for each piece of a word in one style, glue for
 * each word space (stretching by a sixth of an em, as TeX's Computer Modern space does, and shrinking by a third of
 * itself), a flagged
 * penalty with the hyphen's width at every hyphenation point the patterns give, and a penalty at every other place
 * where Unicode's line-break rules (UAX #14, by ICU4J) let a line end without a space: after a dash or a slash,
 * between CJK ideographs. A word wider than the measure gets a place to break after each of its characters.
 */
final class ParagraphItems {

    /** TeX's \hyphenpenalty and \exhyphenpenalty. */
    private static final int HYPHEN_PENALTY = 50;
    /** Breaking inside a word that does not fit the measure at all is a last resort. */
    private static final int LETTER_PENALTY = 1000;
    private static final String HYPHEN = "-";

    /**
     * A piece of text in one style, as the breaker's boxes and the hyphens at its penalties refer to it; a piece
     * between hyphenation points knows its word's {@code cut} and which {@code part} of it it is, so a line that
     * keeps the word whole sets it as the word the cut was made of.
     */
    record Piece(String text, TextStyle style, float width, WordWidths.Cut cut, int part) {
        Piece(String text, TextStyle style, float width) {
            this(text, style, width, null, -1);
        }
    }

    private final BreakIterator breaks;
    private final WordWidths widths;
    private final List<LineItem> items = new ArrayList<>();
    private final List<Piece> pieces = new ArrayList<>();
    private final double measure;
    private final boolean ragged;
    private boolean shaped;
    private TextStyle[] styleAt;
    private TextStyle spaceStyle;
    private float space;
    private TextStyle hyphenStyle;
    private float hyphen;

    /**
     * Items for lines {@code measure} wide, with {@code breaks}, a UAX #14 line-break iterator, to find the ends,
     * and pieces measured by {@code widths}; {@code ragged} for a paragraph that is not justified.
     */
    ParagraphItems(BreakIterator breaks, WordWidths widths, double measure, boolean ragged) {
        this.ragged = ragged;
        this.breaks = breaks;
        this.widths = widths;
        this.measure = measure;
    }

    /** The same items with Arabic letters in their joined forms ({@link ArabicForms}), for bidirectional text. */
    ParagraphItems shaped() {
        shaped = true;
        return this;
    }

    /** The items of {@code chunks}, the first line indented by {@code indent}, ending in a paragraph's end. */
    List<LineItem> of(List<Chunk> chunks, float indent) {
        StringBuilder text = new StringBuilder();
        TextStyle[] styles = new TextStyle[chunks.size()];
        String[] contents = new String[chunks.size()];
        for (int c = 0; c < chunks.size(); c++) {
            styles[c] = TextStyle.of(chunks.get(c));
            contents[c] = shaped ? ArabicForms.shape(chunks.get(c).getContent(), styles[c].font())
                    : chunks.get(c).getContent();
            text.append(contents[c]);
        }
        styleAt = new TextStyle[text.length()];
        for (int c = 0, at = 0; c < chunks.size(); c++) {
            int length = contents[c].length();
            java.util.Arrays.fill(styleAt, at, at + length, styles[c]);
            at += length;
        }
        if (indent > 0) {
            pieces.add(new Piece("", null, indent));
            items.add(LineItem.box(indent, pieces.size() - 1));
        }
        String all = text.toString();
        breaks.setText(all);
        int start = skipSpaces(all, 0);
        for (int end = breaks.following(start); end != BreakIterator.DONE && start < all.length();
             end = breaks.next()) {
            if (end > start) {
                segment(all, start, end);
                start = end;
            }
        }
        items.addAll(List.of(LineItem.paragraphEnd()));
        return items;
    }

    /** The pieces the items' {@link LineItem#source()} index. */
    List<Piece> pieces() {
        return pieces;
    }

    private void segment(String all, int start, int end) {
        int word = end;
        while (word > start && isSpace(all.charAt(word - 1))) {
            word--;
        }
        word(all, start, word);
        if (hasNewline(all, word, end)) {
            if (word == start) {
                // A line with nothing on it, such as a blank line of code, still takes its place.
                pieces.add(new Piece("", null, 0f));
                items.add(LineItem.box(0, pieces.size() - 1));
            }
            items.add(LineItem.glue(0, LineItem.FILL, 0, -1));
            items.add(LineItem.penalty(0, LineItem.FORCED, false));
        } else if (word < end && end < all.length()) {
            TextStyle style = styleAt[word];
            // Ragged lines stretch freely, as TeX's \raggedright does, and keep every space of code.
            float space = spaceWidth(style) * (ragged ? end - word : 1);
            items.add(LineItem.glue(space, ragged ? 3 * style.size() : style.size() / 6, ragged ? 0 : space / 3,
                    -1));
        } else if (word > start && end < all.length()) {
            char last = all.charAt(word - 1);
            boolean dash = last == '-' || last == '\u2010' || last == '\u2013' || last == '\u2014';
            items.add(LineItem.penalty(0, dash ? HYPHEN_PENALTY : 0, dash));
        }
    }

    /** The boxes of a word from {@code start} to {@code end}: one per style and per piece between hyphen points. */
    private void word(String all, int start, int end) {
        int from = start;
        for (int i = start; i < end; i++) {
            boolean styleEnds = i + 1 == end || styleAt[i + 1] != styleAt[i];
            if (!styleEnds) {
                continue;
            }
            box(all.substring(from, i + 1), styleAt[i]);
            from = i + 1;
        }
    }

    /** Boxes for {@code word} in one style, with a hyphen penalty at each of its hyphenation points. */
    private void box(String word, TextStyle style) {
        if (style.picture() != null) {
            // An inline picture is a box as wide as the picture prints.
            pieces.add(new Piece(word, style, style.picture().getScaledWidth()));
            items.add(LineItem.box(style.picture().getScaledWidth(), pieces.size() - 1));
            return;
        }
        if (style.hyphenation() == null) {
            piece(word, style, widths.of(style, word));
            return;
        }
        WordWidths.Cut cut = widths.cut(style.hyphenation(), word);
        for (int i = 0; i < cut.size(); i++) {
            if (i > 0) {
                float hyphen = hyphenWidth(style);
                pieces.add(new Piece(HYPHEN, style, hyphen));
                items.add(new LineItem(LineItem.Type.PENALTY, hyphen, 0, 0, HYPHEN_PENALTY, true, pieces.size() - 1));
            }
            piece(cut.part(i), style, widths.width(style, cut, i), cut, i);
        }
    }

    /** The width of a word space in {@code style}; a paragraph's spaces are mostly in one style, measured once. */
    private float spaceWidth(TextStyle style) {
        if (style != spaceStyle) {
            space = widths.of(style, " ");
            spaceStyle = style;
        }
        return space;
    }

    /** The width of the hyphen in {@code style}, as {@link #spaceWidth} keeps the space's. */
    private float hyphenWidth(TextStyle style) {
        if (style != hyphenStyle) {
            hyphen = widths.of(style, HYPHEN);
            hyphenStyle = style;
        }
        return hyphen;
    }

    private void piece(String part, TextStyle style, float width) {
        piece(part, style, width, null, -1);
    }

    private void piece(String part, TextStyle style, float width, WordWidths.Cut cut, int index) {
        if (width <= measure || part.length() < 2) {
            pieces.add(new Piece(part, style, width, cut, index));
            items.add(LineItem.box(width, pieces.size() - 1));
            return;
        }
        for (int i = 0; i < part.length(); ) {
            int next = part.offsetByCodePoints(i, 1);
            if (i > 0) {
                items.add(LineItem.penalty(0, LETTER_PENALTY, false));
            }
            String letter = part.substring(i, next);
            pieces.add(new Piece(letter, style, widths.of(style, letter)));
            items.add(LineItem.box(pieces.get(pieces.size() - 1).width(), pieces.size() - 1));
            i = next;
        }
    }

    private static boolean hasNewline(String all, int from, int to) {
        for (int i = from; i < to; i++) {
            if (all.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String all, int from) {
        while (from < all.length() && isSpace(all.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }
}
