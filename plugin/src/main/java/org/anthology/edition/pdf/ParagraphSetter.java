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
 * Sets a paragraph into lines with the total-fit {@link LineBreaker}, once, and keeps the engine's statistics for
 * the book's justified paragraphs; a flush-left, centred or flush-right paragraph (a heading, code) is broken the
 * same way and set at its natural word spaces ({@link RaggedLines}). Right-to-left and mixed-direction text is broken
 * in logical order and drawn in visual order ({@link BidiLines}); a paragraph's inline pictures are boxes in its
 * lines, which grow as tall as their pictures ({@link PictureLines}).
 */
final class ParagraphSetter {

    /** A line may stretch its spaces by up to this many ems more when no setting is tolerable, and no further. */
    private static final float EMERGENCY_EMS = 1.5f;

    private final BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    private final WordWidths widths = new WordWidths();
    private final LineCount statistics;

    /** A setter that counts its lines in {@code statistics}. */
    ParagraphSetter(LineStatistics statistics) {
        this(statistics::count);
    }

    /** A setter that tells {@code count} of the lines of every justified paragraph it sets. */
    ParagraphSetter(LineCount count) {
        this.statistics = count;
    }

    /** What this setter tells of the lines it sets, which paragraphs set elsewhere are told to as well. */
    LineCount count() {
        return statistics;
    }

    /** What hears of a justified paragraph's lines as they are set, and which pass of the breaker set them. */
    @FunctionalInterface
    interface LineCount {
        void count(List<SetLine> lines, int pass);
    }

    /**
     * {@code paragraph} set into lines of {@code width}, or empty when the column layout must set it. A negative
     * first-line indent hangs the lines after the first (the turns of a verse line); a paragraph that holds
     * right-to-left text is broken in logical order and its lines reordered for drawing ({@link BidiLines}).
     */
    Optional<SetParagraph> set(Paragraph paragraph, float width) {
        List<Chunk> chunks = chunks(paragraph);
        int alignment = paragraph.getAlignment();
        boolean ragged = alignment == Element.ALIGN_LEFT || alignment == Element.ALIGN_CENTER
                || alignment == Element.ALIGN_RIGHT;
        if (alignment != Element.ALIGN_JUSTIFIED && !ragged || paragraph.getLeading() <= 0f || pictured(chunks)) {
            return Optional.empty();
        }
        return Optional.of(lines(paragraph, chunks, width));
    }

    /**
     * {@code paragraph}, whose alignment the line layer knows, set into lines of {@code width}, its inline pictures
     * as boxes in the lines; all its lines at the paragraph's leading, however tall a picture on them.
     */
    SetParagraph withPictures(Paragraph paragraph, float width) {
        return lines(paragraph, chunks(paragraph), width);
    }

    /** The chunks of {@code paragraph}; a loop, as every paragraph of the book is asked. */
    private static List<Chunk> chunks(Paragraph paragraph) {
        List<Element> all = paragraph.getChunks();
        List<Chunk> chunks = new ArrayList<>(all.size());
        for (Element element : all) {
            if (element instanceof Chunk chunk) {
                chunks.add(chunk);
            }
        }
        return chunks;
    }

    /** Whether {@code chunks}, a paragraph's, hold an inline picture. */
    private static boolean pictured(List<? extends Element> chunks) {
        for (Element element : chunks) {
            if (element instanceof Chunk chunk && chunk.getImage() != null) {
                return true;
            }
        }
        return false;
    }

    private SetParagraph lines(Paragraph paragraph, List<Chunk> chunks, float width) {
        int alignment = paragraph.getAlignment();
        boolean ragged = alignment != Element.ALIGN_JUSTIFIED;
        int direction = TextDirection.ofParagraph(paragraph);
        float hang = Math.min(paragraph.getFirstLineIndent(), 0f);
        float measure = width - paragraph.getIndentationLeft() - paragraph.getIndentationRight();
        float em = chunks.isEmpty() ? 10f : chunks.get(0).getFont().getSize();
        ParagraphItems builder = new ParagraphItems(breaks, widths, measure, ragged);
        if (direction != PdfWriter.RUN_DIRECTION_NO_BIDI) {
            builder.shaped();
        }
        List<LineItem> items = builder.of(chunks, Math.max(paragraph.getFirstLineIndent(), 0f));
        LineBreaker.Result result = new LineBreaker(measure, measure - hang, EMERGENCY_EMS * Math.max(em, 1f))
                .breakLines(items);
        List<SetLine> lines = new ArrayList<>();
        List<LineBreaker.Line> broken = result.lines();
        float[] measures = new float[broken.size()];
        for (int i = 0; i < broken.size(); i++) {
            measures[i] = i == 0 ? measure - hang : measure;
            lines.add(line(items, builder.pieces(), broken.get(i), i == broken.size() - 1, ragged));
        }
        if (!ragged) {
            statistics.count(lines, result.pass());
        }
        lines = placed(lines, measures, alignment, direction, hang);
        return new SetParagraph(lines, paragraph.getLeading(), paragraph.getSpacingBefore(),
                paragraph.getSpacingAfter(), paragraph.getIndentationLeft() + hang, List.of());
    }

    /**
     * {@code lines}, broken in logical order, placed in their measures: reordered for drawing when the paragraph
     * runs in {@code direction} through the bidirectional algorithm, aligned when ragged, and, where the first line
     * hangs out by {@code hang}, the others moved in by as much at the paragraph's start.
     */
    private List<SetLine> placed(List<SetLine> lines, float[] measures, int alignment, int direction, float hang) {
        List<SetLine> out;
        if (direction != PdfWriter.RUN_DIRECTION_NO_BIDI) {
            out = new BidiLines(widths, direction == PdfWriter.RUN_DIRECTION_RTL).visual(lines, measures, alignment);
        } else {
            out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                boolean ragged = alignment != Element.ALIGN_JUSTIFIED;
                out.add(ragged ? RaggedLines.align(lines.get(i), alignment, measures[i]) : lines.get(i));
            }
        }
        if (hang < 0f && direction != PdfWriter.RUN_DIRECTION_RTL) {
            for (int i = 1; i < out.size(); i++) {
                out.set(i, RaggedLines.shifted(out.get(i), -hang));
            }
        }
        return out;
    }

    /**
     * {@code paragraph} set into lines of {@code width}: as one part, or, when it holds inline pictures, as its
     * text and pictures one after another ({@link PictureLines}); empty when the column layout must set it.
     */
    List<SetParagraph> parts(Paragraph paragraph, float width) {
        boolean pictured = pictured(paragraph.getChunks());
        int alignment = paragraph.getAlignment();
        boolean known = alignment == Element.ALIGN_JUSTIFIED || alignment == Element.ALIGN_LEFT
                || alignment == Element.ALIGN_CENTER || alignment == Element.ALIGN_RIGHT;
        if (pictured && known && paragraph.getLeading() > 0f) {
            return PictureLines.of(withPictures(paragraph, width));
        }
        return set(paragraph, width).map(List::of).orElse(List.of());
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
    private SetLine line(List<LineItem> items, List<ParagraphItems.Piece> pieces, LineBreaker.Line line,
                         boolean last, boolean ragged) {
        // A ragged line keeps its natural word spaces: it may shrink them to fit, never stretch them.
        double ratio = ragged ? Math.min(line.ratio(), 0) : line.ratio();
        Runs runs = new Runs(widths);
        List<String> notes = new ArrayList<>();
        for (int i = line.start(); i < line.end(); i++) {
            LineItem item = items.get(i);
            if (item.isGlue()) {
                runs.space((float) (item.width() + (ratio > 0 ? ratio * item.stretch() : ratio * item.shrink())),
                        item.width() > 0);
            } else if (item.isBox()) {
                ParagraphItems.Piece piece = pieces.get(item.source());
                runs.add(piece);
                if (piece.style() != null && piece.style().note() != null && !notes.contains(piece.style().note())) {
                    notes.add(piece.style().note());
                }
            }
        }
        LineItem end = items.get(line.end());
        if (end.isPenalty() && end.source() >= 0) {
            runs.add(pieces.get(end.source()));
        }
        return new SetLine(runs.done(), ratio, line.hyphenated(), last, notes);
    }

    /**
     * A line's runs as its pieces come: pieces in one style with nothing between them are joined into one run,
     * measured once as a whole word, kerning where they meet included.
     */
    private static final class Runs {
        private final WordWidths widths;
        private final List<SetLine.Placed> done = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String first;
        private TextStyle style;
        private float start;
        private float width;
        private float x;
        private boolean joined;
        private int joins;
        /** The cut of the run's first piece, and the part it needs next to be that whole word, or -1. */
        private WordWidths.Cut cut;
        private int nextPart;

        Runs(WordWidths widths) {
            this.widths = widths;
        }

        void add(ParagraphItems.Piece piece) {
            if (piece.style() == null) {
                end(false);
                x += piece.width();
                return;
            }
            if (joined && style != null && style.drawsLike(piece.style())) {
                if (joins++ == 0) {
                    text.append(first);
                }
                text.append(piece.text());
                nextPart = nextPart >= 0 && piece.cut() == cut && piece.part() == nextPart ? nextPart + 1 : -1;
            } else {
                end(false);
                style = piece.style();
                start = x;
                width = piece.width();
                first = piece.text();
                cut = piece.cut();
                nextPart = cut != null && piece.part() == 0 ? 1 : -1;
            }
            joined = true;
        }

        /** A word space of {@code space} points; {@code spaced} when the space has a width of its own. */
        void space(float space, boolean spaced) {
            end(spaced);
            x += space;
        }

        List<SetLine.Placed> done() {
            end(false);
            return done;
        }

        private void end(boolean spaced) {
            if (style != null) {
                // A run of one piece keeps the piece's own string, whose hash the width and glyph caches know; so
                // does a word set whole from the pieces it was cut into, as the word the cut is kept under.
                String run = first;
                if (joins > 0 && cut != null && nextPart == cut.size()) {
                    run = cut.word();
                    width = widths.whole(style, cut);
                } else if (joins > 0) {
                    run = text.toString();
                    width = widths.of(style, run);
                }
                done.add(new SetLine.Placed(run, style, start, width, spaced));
                x = start + width;
                text.setLength(0);
                joins = 0;
                style = null;
            } else if (spaced && !done.isEmpty()) {
                done.set(done.size() - 1, done.get(done.size() - 1).withSpace());
            }
            joined = false;
        }
    }
}
