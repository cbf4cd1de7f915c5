package org.anthology.edition.pdf;

import com.lowagie.text.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a line of a paragraph that is not justified in its measure: flush left as it was set, centred (a heading
 * set so, a scene break) or flush right; and moves a line in, as a turned verse line hangs.
 */
final class RaggedLines {

    private RaggedLines() {
    }

    /** {@code line}, set flush left, moved as {@code alignment} (an OpenPDF {@link Element} alignment) asks. */
    static SetLine align(SetLine line, int alignment, float measure) {
        if (alignment == Element.ALIGN_LEFT || line.runs().isEmpty()) {
            return line;
        }
        SetLine.Placed last = line.runs().get(line.runs().size() - 1);
        float room = Math.max(measure - (last.x() + last.width()), 0f);
        return shifted(line, alignment == Element.ALIGN_CENTER ? room / 2 : room);
    }

    /** {@code line} moved right by {@code shift} points, as the turns of a verse line hang in. */
    static SetLine shifted(SetLine line, float shift) {
        List<SetLine.Placed> runs = new ArrayList<>();
        for (SetLine.Placed run : line.runs()) {
            runs.add(new SetLine.Placed(run.text(), run.style(), run.x() + shift, run.width(), run.spaced()));
        }
        return new SetLine(runs, line.ratio(), line.hyphenated(), line.last(), line.notes());
    }
}
