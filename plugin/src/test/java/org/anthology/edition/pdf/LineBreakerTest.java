package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The total-fit breaker on hand-made boxes, glue and penalties, with no font or PDF involved. */
class LineBreakerTest {

    /** Words of the given widths, separated by spaces 3 wide that stretch by 1.5 and shrink by 1. */
    private static List<LineItem> words(double... widths) {
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                items.add(LineItem.glue(3, 1.5, 1, i));
            }
            items.add(LineItem.box(widths[i], i));
        }
        items.addAll(List.of(LineItem.paragraphEnd()));
        return items;
    }

    private static double[] repeat(double width, int count) {
        double[] out = new double[count];
        java.util.Arrays.fill(out, width);
        return out;
    }

    @Test
    void setsTheLastLineAtTheNaturalWordSpace() {
        LineBreaker.Result result = new LineBreaker(100, 0).breakLines(words(repeat(20, 9)));
        List<LineBreaker.Line> lines = result.lines();
        assertTrue(lines.size() >= 2);
        assertEquals(0, lines.get(lines.size() - 1).ratio(), 0.001);
    }

    @Test
    void fillsAJustifiedLineExactly() {
        // Four words of 22 and three spaces of 3 make 97: the spaces stretch by 1 each to fill 100.
        LineBreaker.Result result = new LineBreaker(100, 0).breakLines(words(22, 22, 22, 22, 22, 22, 22, 22, 5));
        LineBreaker.Line first = result.lines().get(0);
        assertEquals(0, result.pass());
        assertEquals(2.0 / 3, first.ratio(), 0.001);
    }

    @Test
    void shrinksSpacesRatherThanLeaveALooseLine() {
        // Five words of 18 with four spaces make 102: shrinking the spaces by half a point each fits them.
        LineBreaker.Result result = new LineBreaker(100, 0).breakLines(words(18, 18, 18, 18, 18, 40, 40));
        assertEquals(9, result.lines().get(0).end(), "five words on the first line");
        assertTrue(result.lines().get(0).ratio() < 0);
    }

    @Test
    void evensOutLinesThatAGreedyBreakerWouldLeaveLoose() {
        // Filling line by line at the natural space ends line one after the fourth word (72 of 100) and leaves it
        // stretched to 6.9 times its stretch; total fit shrinks the first line a little to hold five words.
        LineBreaker.Result result = new LineBreaker(100, 0).breakLines(words(10, 15, 15, 20, 30, 15, 35));
        assertEquals(2, result.lines().size());
        assertEquals(9, result.lines().get(0).end(), "five words on the first line");
        assertEquals(-0.5, result.lines().get(0).ratio(), 0.001);
    }

    @Test
    void neverSetsMoreThanTwoHyphenatedLinesInARow() {
        // Long words that only fit when hyphenated: each is two halves of 47 joined by a hyphen point.
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i > 0) {
                items.add(LineItem.glue(3, 1.5, 1, i));
            }
            items.add(LineItem.box(30, i));
            items.add(LineItem.penalty(4, 50, true));
            items.add(LineItem.box(30, i));
        }
        items.addAll(List.of(LineItem.paragraphEnd()));
        LineBreaker.Result result = new LineBreaker(100, 30).breakLines(items);
        int run = 0;
        for (LineBreaker.Line line : result.lines()) {
            run = line.hyphenated() ? run + 1 : 0;
            assertTrue(run <= LineBreaker.MAX_HYPHEN_RUN, "three hyphenated lines in a row");
        }
    }

    @Test
    void usesTheBoundedEmergencyStretchWhenNoSettingIsTolerable() {
        // Two words of 45 and one of 60: no line can be filled without stretching a space far beyond tolerance.
        LineBreaker.Result result = new LineBreaker(100, 30).breakLines(words(45, 45, 60, 5));
        assertEquals(LineBreaker.EMERGENCY_PASS, result.pass());
    }

    @Test
    void letsALineRunOverRatherThanLoseABoxWiderThanTheMeasure() {
        LineBreaker.Result result = new LineBreaker(100, 10).breakLines(words(20, 150, 20));
        assertEquals(LineBreaker.LAST_RESORT, result.pass());
        int boxes = 0;
        for (LineBreaker.Line line : result.lines()) {
            boxes += line.end() - line.start();
        }
        assertTrue(boxes >= 5, "every box is on some line");
    }

    @Test
    void breaksAtAForcedBreakInsideAParagraph() {
        List<LineItem> items = new ArrayList<>(List.of(LineItem.box(10, 0), LineItem.glue(0, LineItem.FILL, 0, -1),
                LineItem.penalty(0, LineItem.FORCED, false), LineItem.box(10, 1)));
        items.addAll(List.of(LineItem.paragraphEnd()));
        LineBreaker.Result result = new LineBreaker(100, 0).breakLines(items);
        assertEquals(2, result.lines().size());
        assertEquals(0, result.lines().get(0).ratio(), 0.001);
    }

    @Test
    void refusesItemsWithoutTheParagraphEnd() {
        assertThrows(IllegalArgumentException.class,
                () -> new LineBreaker(100, 0).breakLines(List.of(LineItem.box(10, 0))));
    }
}
