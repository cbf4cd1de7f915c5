package org.anthology.edition.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets a justified paragraph into lines with the total-fit {@link LineBreaker}, once, and keeps the engine's
 * statistics for the book. A paragraph with an inline image or right-to-left text is left to OpenPDF's column
 * layout, which knows how to draw those.
 */
final class ParagraphSetter {

    /** A line may stretch its spaces by up to this many ems more when no setting is tolerable, and no further. */
    private static final float EMERGENCY_EMS = 1.5f;

    private final BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    private final LineStatistics statistics;

    /** A setter that counts its lines in {@code statistics}. */
    ParagraphSetter(LineStatistics statistics) {
        this.statistics = statistics;
    }

    /** {@code paragraph} set into lines of {@code width}, or empty when the column layout must set it. */
    Optional<SetParagraph> set(Paragraph paragraph, float width) {
        List<Chunk> chunks = paragraph.getChunks().stream().filter(Chunk.class::isInstance).map(Chunk.class::cast)
                .toList();
        if (paragraph.getAlignment() != Element.ALIGN_JUSTIFIED || paragraph.getLeading() <= 0f
                || paragraph.getRunDirection() == PdfWriter.RUN_DIRECTION_RTL
                || paragraph.getRunDirection() == PdfWriter.RUN_DIRECTION_LTR
                || TextDirection.of(paragraph.getContent()) != PdfWriter.RUN_DIRECTION_NO_BIDI
                || chunks.stream().anyMatch(chunk -> chunk.getImage() != null)) {
            return Optional.empty();
        }
        float measure = width - paragraph.getIndentationLeft() - paragraph.getIndentationRight();
        float em = chunks.isEmpty() ? 10f : chunks.get(0).getFont().getSize();
        ParagraphItems builder = new ParagraphItems(breaks, measure);
        List<LineItem> items = builder.of(chunks, paragraph.getFirstLineIndent());
        LineBreaker.Result result = new LineBreaker(measure, EMERGENCY_EMS * Math.max(em, 1f)).breakLines(items);
        List<SetLine> lines = new ArrayList<>();
        List<LineBreaker.Line> broken = result.lines();
        for (int i = 0; i < broken.size(); i++) {
            lines.add(line(items, builder.pieces(), broken.get(i), i == broken.size() - 1));
        }
        statistics.count(lines, result.pass());
        return Optional.of(new SetParagraph(lines, paragraph.getLeading(), paragraph.getSpacingBefore(),
                paragraph.getSpacingAfter(), paragraph.getIndentationLeft(), List.of()));
    }

    /** {@code chunks} as runs side by side from {@code x}, as a list item's marker is drawn. */
    static List<SetLine.Placed> marker(List<Chunk> chunks, float x) {
        List<SetLine.Placed> out = new ArrayList<>();
        for (Chunk chunk : chunks) {
            TextStyle style = TextStyle.of(chunk);
            float width = style.width(chunk.getContent());
            out.add(new SetLine.Placed(chunk.getContent(), style, x, width, false));
            x += width;
        }
        return out;
    }

    /** The runs of one line: boxes side by side, spaces set by the line's ratio, the hyphen if it ends in one. */
    private static SetLine line(List<LineItem> items, List<ParagraphItems.Piece> pieces, LineBreaker.Line line,
                                boolean last) {
        List<SetLine.Placed> runs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        float x = 0f;
        boolean joined = false;
        for (int i = line.start(); i < line.end(); i++) {
            LineItem item = items.get(i);
            if (item.isGlue()) {
                x += (float) (item.width() + (line.ratio() > 0 ? line.ratio() * item.stretch()
                        : line.ratio() * item.shrink()));
                joined = false;
                if (!runs.isEmpty() && item.width() > 0) {
                    runs.set(runs.size() - 1, runs.get(runs.size() - 1).withSpace());
                }
            } else if (item.isBox()) {
                ParagraphItems.Piece piece = pieces.get(item.source());
                x = add(runs, piece, x, joined);
                joined = true;
                if (piece.style() != null && piece.style().note() != null && !notes.contains(piece.style().note())) {
                    notes.add(piece.style().note());
                }
            }
        }
        LineItem end = items.get(line.end());
        if (end.isPenalty() && end.source() >= 0) {
            add(runs, pieces.get(end.source()), x, joined);
        }
        return new SetLine(runs, line.ratio(), line.hyphenated(), last, notes);
    }

    /** Appends {@code piece} at {@code x}, joined to the run before when nothing parts them; the x after it. */
    private static float add(List<SetLine.Placed> runs, ParagraphItems.Piece piece, float x, boolean joined) {
        if (piece.style() == null) {
            return x + piece.width();
        }
        SetLine.Placed before = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (joined && before != null && before.style().drawsLike(piece.style())) {
            String text = before.text() + piece.text();
            float width = piece.style().width(text);
            runs.set(runs.size() - 1, new SetLine.Placed(text, before.style(), before.x(), width, false));
            return before.x() + width;
        }
        runs.add(new SetLine.Placed(piece.text(), piece.style(), x, piece.width(), false));
        return x + piece.width();
    }
}
