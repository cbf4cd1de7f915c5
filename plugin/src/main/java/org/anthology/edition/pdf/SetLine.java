package org.anthology.edition.pdf;

import java.util.List;

/**
 * One line of a set paragraph, ready to draw: its runs of text, each at its distance from the line's start, how
 * far its spaces were stretched or shrunk (the breaker's adjustment ratio) and whether it ends in a hyphen, and the
 * ids of the notes it references, which go to the foot of the page the line stands on.
 */
record SetLine(List<Placed> runs, double ratio, boolean hyphenated, boolean last, List<String> notes) {

    /**
     * A run of text in one style at {@code x} points from the line's start; {@code spaced} when a word space follows
     * it on the line, which is drawn after it so that the text read back from the PDF has its spaces.
     */
    record Placed(String text, TextStyle style, float x, float width, boolean spaced) {

        Placed withSpace() {
            return new Placed(text, style, x, width, true);
        }
    }

    SetLine {
        runs = List.copyOf(runs);
        notes = List.copyOf(notes);
    }
}
