package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfPageEvent;
import java.awt.Color;
import java.util.List;

/**
 * Draws set lines straight into a page's content stream: each run of text placed where the breaker put it, with
 * its face's pair kerning, raised where it is a note reference, and the links, named destinations and generic tags
 * its runs carry.
 * Runs in one face, size and colour are shown as one text array ({@link TextArrays}). A justified line's word
 * spaces are the displacements between its runs, so no letter is spaced out and the last line of a paragraph keeps
 * the natural word space; the space glyph after a word is still shown, so the text read back has its spaces.
 */
final class LineDrawing {

    private LineDrawing() {
    }

    /** Draws {@code runs} on {@code canvas} from {@code left}, on the baseline {@code baseline}. */
    static void draw(PdfContentByte canvas, List<SetLine.Placed> runs, float left, float baseline) {
        if (runs.isEmpty()) {
            return;
        }
        TaggedRuns tags = StructureTree.of(canvas.getPdfWriter()).runs(false);
        TextArrays arrays = TextArrays.of(canvas.getPdfWriter());
        // The line's colours and text rise stay inside its own graphics state.
        canvas.saveState();
        canvas.beginText();
        BaseFont font = null;
        float size = -1f;
        Color colour = null;
        float rise = 0f;
        for (int i = 0; i < runs.size(); ) {
            TextStyle style = runs.get(i).style();
            if (style.picture() != null) {
                i++;
                continue;
            }
            tags.run(canvas, style);
            if (style.font() != font || style.size() != size) {
                font = style.font();
                size = style.size();
                canvas.setFontAndSize(font, size);
            }
            if (!style.colour().equals(colour)) {
                colour = style.colour();
                canvas.setColorFill(colour);
            }
            if (style.rise() != rise) {
                rise = style.rise();
                canvas.setTextRise(rise);
            }
            canvas.setTextMatrix(left + runs.get(i).x(), baseline);
            int end = i + 1;
            while (end < runs.size() && showsLike(style, runs.get(end).style())) {
                end++;
            }
            arrays.show(canvas, runs.subList(i, end));
            i = end;
        }
        tags.end(canvas);
        canvas.endText();
        if (anyRuled(runs)) {
            StructureTree.of(canvas.getPdfWriter()).artifact(canvas, "Layout", () -> rules(canvas, runs, left,
                    baseline));
        }
        canvas.restoreState();
        PictureLines.draw(canvas, runs, left, baseline);
        for (SetLine.Placed run : runs) {
            mark(canvas, run, left, baseline, tags);
        }
    }

    /** Whether a run of {@code runs} has a rule drawn with it; a loop, as it is asked once for every line. */
    private static boolean anyRuled(List<SetLine.Placed> runs) {
        for (SetLine.Placed run : runs) {
            if (run.style().rule() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a run in {@code next} can go on in the text array of one in {@code style}: the same face, size,
     * colour and rise, and the same element of the structure tree.
     */
    private static boolean showsLike(TextStyle style, TextStyle next) {
        return next.font() == style.font() && next.size() == style.size() && next.rise() == style.rise()
                && next.colour().equals(style.colour()) && TaggedRuns.sameElement(style, next);
    }

    /** The rules through struck runs, one across each stretch of them, the spaces between included. */
    private static void rules(PdfContentByte canvas, List<SetLine.Placed> runs, float left, float baseline) {
        for (int i = 0; i < runs.size(); i++) {
            float[] rule = runs.get(i).style().rule();
            if (rule == null) {
                continue;
            }
            int last = i;
            while (last + 1 < runs.size() && runs.get(last).spaced()
                    && java.util.Arrays.equals(runs.get(last + 1).style().rule(), rule)) {
                last++;
            }
            SetLine.Placed end = runs.get(last);
            canvas.setLineWidth(rule[0]);
            canvas.setColorStroke(runs.get(i).style().colour());
            canvas.moveTo(left + runs.get(i).x(), baseline + rule[1]);
            canvas.lineTo(left + end.x() + end.width(), baseline + rule[1]);
            canvas.stroke();
            i = last;
        }
    }

    /** The link and destination of {@code run}, over the box the run's text fills. */
    private static void mark(PdfContentByte canvas, SetLine.Placed run, float left, float baseline,
                             TaggedRuns tags) {
        TextStyle style = run.style();
        float x = left + run.x();
        float bottom = baseline + style.rise() - style.size() * 0.25f;
        float top = baseline + style.rise() + style.size();
        if (tags.linkOf(style) != null) {
            TaggedLinks.annotate(canvas.getPdfWriter(), tags.linkOf(style), style.goTo() != null
                    ? PdfAction.gotoLocalPage(style.goTo(), false) : style.action(), run.text(), x, bottom,
                    x + run.width(), top);
        } else if (style.goTo() != null) {
            canvas.localGoto(style.goTo(), x, bottom, x + run.width(), top);
        } else if (style.action() != null) {
            canvas.setAction(style.action(), x, bottom, x + run.width(), top);
        }
        if (style.destination() != null) {
            canvas.localDestination(style.destination(), new PdfDestination(PdfDestination.XYZ, x, top, 0));
        }
        PdfPageEvent events = canvas.getPdfWriter().getPageEvent();
        if (style.tag() != null && events != null) {
            events.onGenericTag(canvas.getPdfWriter(), canvas.getPdfDocument(),
                    new Rectangle(x, bottom, x + run.width(), top), style.tag());
        }
    }
}
