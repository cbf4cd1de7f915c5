package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Finds the stanzas of a poem written as plain text: three or more lines between blank lines, in a text whose
 * lines are all short. Joined into a paragraph they would lose the line breaks that are part of the text; two short
 * lines are more often a sentence broken by hand ("Dear Anna, / thank you for the parcel.") and stay a paragraph.
 */
final class PlainTextStanzas {

    /** A text whose longest lines stay within this many characters reads as verse (prose is wrapped wider). */
    static final int VERSE_MARGIN = 50;

    /** The fewest lines that make a stanza. */
    static final int STANZA_LINES = 3;

    private final List<TextLine> lines;
    private final boolean verse;

    /** The stanzas of {@code lines}, whose right margin is {@code margin} ({@link ParagraphStyleDetector#margin}). */
    PlainTextStanzas(List<TextLine> lines, ParagraphStyle style, int margin) {
        this.lines = lines;
        // With a paragraph per line, blank lines carry no meaning, so no group of lines is a stanza.
        this.verse = style != ParagraphStyle.LINE && margin > 0 && margin <= VERSE_MARGIN;
    }

    /** True when lines {@code start} to {@code end} (exclusive), ended by a blank line or the text's end, are a stanza. */
    boolean isStanza(int start, int end) {
        return verse && end - start >= STANZA_LINES && (end >= lines.size() || lines.get(end).isBlank());
    }

    /** The stanza of lines {@code start} to {@code end} as a line block, the decision recorded. */
    Block lineBlock(int start, int end, String file, Diagnostics diagnostics) {
        List<List<Inline>> verseLines = new ArrayList<>();
        for (int j = start; j < end; j++) {
            verseLines.add(PlainTextReader.inlines(lines.get(j).stripped()));
        }
        SourcePosition at = new SourcePosition(file, lines.get(start).number());
        diagnostics.decided(at, "short lines " + lines.get(start).number() + "-" + lines.get(end - 1).number(),
                "line block", "verse-stanza");
        return new Block.LineBlock(verseLines, at);
    }
}
