package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphStyleDetectorTest {

    private static int margin(String body) {
        List<TextLine> lines = TextLine.split(body, 1);
        return ParagraphStyleDetector.margin(lines, ParagraphStyleDetector.prose(lines));
    }

    @Test
    void takesTheLengthThatNineInTenRunOnLinesDoNotExceed() {
        StringBuilder body = new StringBuilder();
        // Twenty lines running on, of 21 to 40 characters in a shuffled order; the last line of the run is not
        // counted, as no line runs on from it.
        int[] order = {7, 19, 3, 12, 0, 15, 9, 1, 18, 5, 11, 16, 2, 8, 14, 6, 17, 10, 4, 13};
        for (int k : order) {
            body.append("x".repeat(21 + k)).append('\n');
        }
        body.append("end\n");
        assertEquals(38, margin(body.toString()));
    }

    @Test
    void countsStrippedLinesAndNoneThatStandAlone() {
        assertEquals(0, margin("one line alone\n\nanother alone\n"));
        assertEquals(5, margin("  abcde  \nabc\nlast\n"));
    }
}
