package org.anthology.edition.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.HashMap;
import java.util.Map;

/**
 * Marks the runs of set lines inside their text objects: a linked run as the content of a {@code Link} element of
 * the paragraph (one per link target, over however many lines it runs), the other runs as the paragraph's own
 * content, switching only where a run's element differs from the one before.
 */
final class TaggedRuns {

    private final StructureTree tree;
    private final Map<Object, PdfStructureElement> links = new HashMap<>();
    private PdfStructureElement marking;

    TaggedRuns(StructureTree tree) {
        this.tree = tree;
    }

    /** Marks the runs drawn next on {@code canvas}, up to the next call, as those in {@code style}'s element. */
    void run(PdfContentByte canvas, TextStyle style) {
        if (!tree.tagged() || tree.inArtifact()) {
            return;
        }
        Object target = target(style);
        PdfStructureElement element = target == null ? tree.current()
                : links.computeIfAbsent(target, key -> tree.kid("Link"));
        if (element == marking) {
            return;
        }
        end(canvas);
        canvas.beginMarkedContentSequence(element);
        marking = element;
    }

    /** Ends the marking of the last run drawn, before the text object ends. */
    void end(PdfContentByte canvas) {
        if (marking != null) {
            canvas.endMarkedContentSequence();
            marking = null;
        }
    }

    /** The {@code Link} element of runs in {@code style}; null when they link nowhere or nothing is tagged. */
    PdfStructureElement linkOf(TextStyle style) {
        Object target = target(style);
        return target == null ? null : links.get(target);
    }

    /** Whether any run of {@code lines} is a link. */
    static boolean linked(java.util.List<SetLine> lines) {
        for (SetLine line : lines) {
            for (SetLine.Placed run : line.runs()) {
                if (target(run.style()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether runs in {@code one} and {@code other} are marked as content of the same element. */
    static boolean sameElement(TextStyle one, TextStyle other) {
        return java.util.Objects.equals(target(one), target(other));
    }

    private static Object target(TextStyle style) {
        return style.goTo() != null ? style.goTo() : style.action();
    }
}
