package org.anthology.source;

import java.util.List;
import java.util.Optional;

/**
 * How a line of hard-wrapped text sits among its neighbours: whether it stands alone, as a heading must, or is
 * one line of a run of wrapped lines, as every line of a paragraph is, whatever its capitals or its number. A
 * line runs on when it reaches close to the right margin and the next line carries on; a line is run into when
 * the line above reaches the margin without ending its sentence.
 */
final class LineShape {

    private LineShape() {
    }

    /**
     * True when line {@code i} stands apart from the text around it: no line above runs into it and it does not
     * run on into the line below. {@code shortLine} is the length a wrapped line falls short of only when it ends
     * its paragraph; zero when the text has no wrapped lines.
     */
    static boolean standsAlone(List<TextLine> lines, int i, int shortLine) {
        if (shortLine == 0) {
            return true;
        }
        return !runsInto(lines, i, shortLine) && !(i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                && lines.get(i).stripped().length() >= shortLine);
    }

    /** True when the line above {@code i} reaches the margin and does not end its sentence. */
    static boolean runsInto(List<TextLine> lines, int i, int shortLine) {
        if (i == 0 || lines.get(i - 1).isBlank()) {
            return false;
        }
        String above = lines.get(i - 1).stripped();
        return shortLine > 0 && above.length() >= shortLine && !Sentences.endsSentence(above)
                && ParagraphStyleDetector.isProse(lines.get(i - 1));
    }

    /**
     * True when the numbered line {@code i} opens a paragraph rather than a list item: it reaches the margin and
     * the next line carries its text on without a hanging indent and is not itself another item, as in a
     * licence's {@code 0. This License applies to any program} whose sentence goes on at the left margin.
     */
    static boolean opensNumberedParagraph(List<TextLine> lines, int i, int shortLine) {
        if (shortLine == 0 || lines.get(i).stripped().length() < shortLine || i + 1 >= lines.size()
                || !ParagraphStyleDetector.isProse(lines.get(i + 1))) {
            return false;
        }
        return indent(lines.get(i + 1)) <= indent(lines.get(i));
    }

    /**
     * True when line {@code next} only happens to start with a number, as {@code 7.  This requirement} does
     * after {@code ... added under section}: the line above runs into it and it is not followed by another item
     * of the same kind, which a list would be.
     */
    static boolean wrapsOntoNumber(List<TextLine> lines, int next, int shortLine) {
        Optional<ListItem> item = ListItem.parse(lines.get(next).text()).filter(it -> it.marker().ordered());
        if (item.isEmpty() || !runsInto(lines, next, shortLine)) {
            return false;
        }
        return next + 1 >= lines.size() || ListItem.parse(lines.get(next + 1).text())
                .filter(it -> it.marker() == item.get().marker()).isEmpty();
    }

    private static int indent(TextLine line) {
        String text = line.text();
        int n = 0;
        while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        return n;
    }
}
