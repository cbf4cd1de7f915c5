package org.anthology.edition.pdf;

import com.ibm.icu.text.Bidi;
import com.lowagie.text.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a paragraph that holds right-to-left text from the logical order they were broken in into the
 * order they are drawn, left to right, by the Unicode bidirectional algorithm (ICU4J's {@link Bidi}): the
 * paragraph's embedding levels are resolved once for all its text, each line takes its share of them
 * ({@link Bidi#setLine}), its runs are cut where the level changes and put in visual order (rule L2), and a run of
 * odd level is drawn reversed with its brackets mirrored. Word spaces keep the widths the breaker gave them, so a
 * justified line stays justified; a line that does not fill its measure stands at its paragraph's start, the right
 * edge for a right-to-left paragraph, where its first-line indent then is too.
 */
final class BidiLines {

    private static final int REVERSE = Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING;

    /** A piece of a line in logical order: part of a run at one level, or the room between runs. */
    private record Unit(SetLine.Placed run, float width, byte level, boolean space) {
    }

    private final WordWidths widths;
    private final byte level;

    /** Lines measured by {@code widths}, of a paragraph that runs right to left when {@code rightToLeft}. */
    BidiLines(WordWidths widths, boolean rightToLeft) {
        this.widths = widths;
        this.level = rightToLeft ? (byte) 1 : (byte) 0;
    }

    /**
     * {@code lines}, set in logical order, in visual order and placed in their measures ({@code measures}, one a
     * line) as {@code alignment}, an OpenPDF {@link Element} alignment, asks.
     */
    List<SetLine> visual(List<SetLine> lines, float[] measures, int alignment) {
        StringBuilder all = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = all.length();
            all.append(text(lines.get(i))).append(' ');
        }
        Bidi paragraph = new Bidi();
        paragraph.setPara(all.toString(), level, null);
        List<SetLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SetLine line = lines.get(i);
            int length = text(line).length();
            if (length == 0) {
                out.add(line);
                continue;
            }
            byte[] levels = paragraph.setLine(starts[i], starts[i] + length).getLevels();
            out.add(placed(line, units(line, levels), measures[i], alignment));
        }
        return out;
    }

    /** The text of {@code line} in logical order, a space after each run that a word space follows. */
    private static String text(SetLine line) {
        StringBuilder text = new StringBuilder();
        for (SetLine.Placed run : line.runs()) {
            text.append(run.text());
            if (run.spaced()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** The units of {@code line} in logical order, each at its level from {@code levels}, one a character. */
    private List<Unit> units(SetLine line, byte[] levels) {
        List<Unit> units = new ArrayList<>();
        List<SetLine.Placed> runs = line.runs();
        if (runs.get(0).x() > 0f) {
            // The first-line indent belongs to the paragraph's start, whichever side that is.
            units.add(new Unit(null, runs.get(0).x(), level, false));
        }
        int at = 0;
        for (int j = 0; j < runs.size(); j++) {
            SetLine.Placed run = runs.get(j);
            cut(run, levels, at, units);
            at += run.text().length();
            float end = run.x() + run.width();
            float room = (j + 1 < runs.size() ? runs.get(j + 1).x() : end) - end;
            if (run.spaced()) {
                units.add(new Unit(null, room, levels[at++], true));
            } else if (room != 0f) {
                units.add(new Unit(null, room, levels[Math.max(at - 1, 0)], false));
            }
        }
        return units;
    }

    /** Adds the parts of {@code run}, whose text starts at {@code from} in {@code levels}, one a level. */
    private void cut(SetLine.Placed run, byte[] levels, int from, List<Unit> units) {
        String text = run.text();
        int start = 0;
        for (int k = 1; k <= text.length(); k++) {
            if (k < text.length() && levels[from + k] == levels[from + start]) {
                continue;
            }
            if (start == 0 && k == text.length()) {
                units.add(new Unit(run, run.width(), levels[from], false));
                return;
            }
            String part = text.substring(start, k);
            float width = widths.of(run.style(), part);
            units.add(new Unit(new SetLine.Placed(part, run.style(), 0f, width, false), width,
                    levels[from + start], false));
            start = k;
        }
    }

    /** The units in visual order, side by side from the line's left end, moved to the line's start. */
    private SetLine placed(SetLine line, List<Unit> units, float measure, int alignment) {
        byte[] levels = new byte[units.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = units.get(i).level();
        }
        List<SetLine.Placed> runs = new ArrayList<>();
        float x = 0f;
        for (int index : Bidi.reorderVisual(levels)) {
            Unit unit = units.get(index);
            if (unit.run() == null) {
                if (unit.space() && !runs.isEmpty()) {
                    runs.set(runs.size() - 1, runs.get(runs.size() - 1).withSpace());
                }
            } else {
                String text = (unit.level() & 1) == 1 ? Bidi.writeReverse(unit.run().text(), REVERSE)
                        : unit.run().text();
                runs.add(new SetLine.Placed(text, unit.run().style(), x, unit.width(), false));
            }
            x += unit.width();
        }
        float shift = shift(measure - x, alignment);
        List<SetLine.Placed> moved = new ArrayList<>();
        for (SetLine.Placed run : runs) {
            moved.add(new SetLine.Placed(run.text(), run.style(), run.x() + shift, run.width(), run.spaced()));
        }
        return new SetLine(moved, line.ratio(), line.hyphenated(), line.last(), line.notes());
    }

    /** How far a line with {@code room} to spare moves right: to the end its paragraph starts from. */
    private float shift(float room, int alignment) {
        room = Math.max(room, 0f);
        if (alignment == Element.ALIGN_CENTER) {
            return room / 2;
        }
        boolean toRight = alignment == Element.ALIGN_RIGHT;
        return level == 1 != toRight ? room : 0f;
    }
}
