package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Breaks a paragraph's items into lines by total fit (Knuth and Plass): of all the ways to break it, the one with
 * the least total demerits, where a line's demerits grow with the cube of how far its spaces stretch or shrink,
 * with its penalty, with a hyphenated line following another, and with a loose line next to a tight one. No more
 * than {@link #MAX_HYPHEN_RUN} hyphenated lines follow each other.
 *
 * <p>It tries up to five passes, as TeX does: spaces stretched at most to their full stretch without breaking a
 * word at a hyphenation point; then with hyphenation; then stretched to two and a half times their stretch; then
 * with a bounded emergency stretch added to every line; and last, for a paragraph that cannot be set at all
 * (a box wider than the measure, a word with nowhere to break but its hyphenation points), one that lets a line
 * run over and hyphenated lines run on rather than lose text.
 */
final class LineBreaker {

    /** More than two hyphenated lines in a row make a ladder down the margin. */
    static final int MAX_HYPHEN_RUN = 2;
    private static final int LINE_PENALTY = 10;
    /** TeX's \\doublehyphendemerits, \\finalhyphendemerits and \\adjdemerits. */
    private static final double FLAGGED_DEMERITS = 10_000;
    private static final double FINAL_HYPHEN_DEMERITS = 5000;
    private static final double FITNESS_DEMERITS = 10_000;
    private static final double[] TOLERANCES = {1, 1, 2.5, 2.5, Double.POSITIVE_INFINITY};
    /** The pass that adds the emergency stretch, and the last resort. */
    static final int EMERGENCY_PASS = 3;
    static final int LAST_RESORT = 4;

    /** One line of the result: items {@code start} (inclusive) to {@code end} (the break, exclusive). */
    record Line(int start, int end, double ratio, boolean hyphenated) {
    }

    /** The lines of a paragraph, and which pass set them: 0 is the first; see {@link #EMERGENCY_PASS}. */
    record Result(List<Line> lines, int pass) {
    }

    private final double measure;
    private final double firstMeasure;
    private final double emergencyStretch;

    /** A breaker for lines {@code measure} wide that may add up to {@code emergencyStretch} per line in need. */
    LineBreaker(double measure, double emergencyStretch) {
        this(measure, measure, emergencyStretch);
    }

    /**
     * A breaker whose first line is {@code firstMeasure} wide and the others {@code measure}, as a verse line
     * whose turns hang in is set.
     */
    LineBreaker(double measure, double firstMeasure, double emergencyStretch) {
        this.measure = measure;
        this.firstMeasure = firstMeasure;
        this.emergencyStretch = emergencyStretch;
    }

    /** The best lines for {@code items}, which must end in a forced break ({@link LineItem#paragraphEnd()}). */
    Result breakLines(List<LineItem> items) {
        if (items.isEmpty() || items.get(items.size() - 1).penalty() != LineItem.FORCED) {
            throw new IllegalArgumentException("a paragraph's items end in a forced break");
        }
        Sums sums = new Sums(items);
        for (int pass = 0; pass < TOLERANCES.length; pass++) {
            Breakpoint best = run(items, sums, pass);
            if (best != null) {
                return new Result(lines(items, sums, best), pass);
            }
        }
        throw new IllegalStateException("the last pass always sets a paragraph");
    }

    private Breakpoint run(List<LineItem> items, Sums sums, int pass) {
        double tolerance = TOLERANCES[pass];
        double extra = pass >= EMERGENCY_PASS ? emergencyStretch : 0;
        List<Breakpoint> active = new ArrayList<>();
        active.add(new Breakpoint(-1, 0, 0, 1, 0, 0, null));
        Breakpoint[] candidates = new Breakpoint[4 * (MAX_HYPHEN_RUN + 1)];
        for (int b = 0; b < items.size(); b++) {
            LineItem item = items.get(b);
            boolean hyphenPoint = item.isPenalty() && item.flagged() && item.width() > 0;
            boolean legal = item.isPenalty() ? item.penalty() < LineItem.FORBIDDEN && !(pass == 0 && hyphenPoint)
                    : item.isGlue() && b > 0 && items.get(b - 1).isBox();
            if (!legal) {
                continue;
            }
            Arrays.fill(candidates, null);
            Breakpoint rescue = null;
            for (int i = 0; i < active.size(); i++) {
                Breakpoint from = active.get(i);
                double ratio = ratio(items, sums, from, b, extra);
                boolean forced = item.penalty() == LineItem.FORCED;
                if (ratio < -1 || forced) {
                    active.remove(i--);
                    if (pass == LAST_RESORT && ratio < -1 && (rescue == null || from.demerits < rescue.demerits)) {
                        rescue = from;
                    }
                }
                if (ratio >= -1 && ratio <= tolerance) {
                    consider(candidates, items, sums, from, b, ratio, pass == LAST_RESORT);
                }
            }
            if (rescue != null && active.isEmpty() && Arrays.stream(candidates).allMatch(c -> c == null)) {
                consider(candidates, items, sums, rescue, b, -1, true);
            }
            for (Breakpoint candidate : candidates) {
                if (candidate != null) {
                    active.add(candidate);
                }
            }
            if (active.isEmpty()) {
                return null;
            }
        }
        return fewestDemerits(active);
    }

    /** The first of {@code active} with the fewest demerits, or null when there is none. */
    private static Breakpoint fewestDemerits(List<Breakpoint> active) {
        Breakpoint best = null;
        for (Breakpoint breakpoint : active) {
            if (best == null || Double.compare(breakpoint.demerits, best.demerits) < 0) {
                best = breakpoint;
            }
        }
        return best;
    }

    /**
     * Keeps the break at {@code b} after {@code from} among the candidates if it is the best of its kind so far;
     * {@code lastResort} lets hyphenated lines run on, for a word so long it has no other place to break.
     */
    private void consider(Breakpoint[] candidates, List<LineItem> items, Sums sums, Breakpoint from, int b,
                          double ratio, boolean lastResort) {
        LineItem item = items.get(b);
        boolean flagged = item.isPenalty() && item.flagged();
        int run = flagged ? from.hyphenRun + 1 : 0;
        if (run > MAX_HYPHEN_RUN) {
            if (!lastResort) {
                return;
            }
            run = MAX_HYPHEN_RUN;
        }
        int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
        double demerits = demerits(item, ratio);
        if (flagged && from.hyphenRun > 0) {
            demerits += FLAGGED_DEMERITS;
        }
        if (item.penalty() == LineItem.FORCED && from.hyphenRun > 0) {
            demerits += FINAL_HYPHEN_DEMERITS;
        }
        if (Math.abs(fitness - from.fitness) > 1) {
            demerits += FITNESS_DEMERITS;
        }
        demerits += from.demerits;
        int slot = fitness * (MAX_HYPHEN_RUN + 1) + run;
        if (candidates[slot] == null || demerits < candidates[slot].demerits) {
            candidates[slot] = new Breakpoint(b, sums.after(b), from.line + 1, fitness, run, demerits, from);
        }
    }

    private static double demerits(LineItem item, double ratio) {
        double r = Math.min(Math.abs(ratio), 10);
        double line = LINE_PENALTY + Math.min(100 * r * r * r, 10_000);
        double base = line * line;
        int penalty = item.isPenalty() ? item.penalty() : 0;
        if (penalty >= 0) {
            return base + (double) penalty * penalty;
        }
        return penalty > LineItem.FORCED ? base - (double) penalty * penalty : base;
    }

    /** How far the spaces of the line from {@code from} to {@code b} stretch (above 0) or shrink (below 0). */
    private double ratio(List<LineItem> items, Sums sums, Breakpoint from, int b, double extra) {
        double width = sums.width[b] - sums.width[from.start] + (items.get(b).isPenalty() ? items.get(b).width() : 0);
        double measure = from.line == 0 ? firstMeasure : this.measure;
        if (width < measure) {
            double stretch = sums.stretch[b] - sums.stretch[from.start] + extra;
            return stretch > 0 ? (measure - width) / stretch : Double.POSITIVE_INFINITY;
        }
        if (width > measure) {
            double shrink = sums.shrink[b] - sums.shrink[from.start];
            return shrink > 0 ? (measure - width) / shrink : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }

    private List<Line> lines(List<LineItem> items, Sums sums, Breakpoint last) {
        List<Line> out = new ArrayList<>();
        for (Breakpoint at = last; at.previous != null; at = at.previous) {
            // The ratio a line is drawn with uses only the spaces' own stretch, emergency stretch or not.
            double ratio = ratio(items, sums, at.previous, at.position, 0);
            out.add(new Line(at.previous.start, at.position, ratio, at.hyphenRun > 0));
        }
        Collections.reverse(out);
        return out;
    }

    /** A feasible line end: where it is, where the next line starts, and the best way to reach it. */
    private record Breakpoint(int position, int start, int line, int fitness, int hyphenRun, double demerits,
                              Breakpoint previous) {
    }

    /** Running totals of width, stretch and shrink before each item, so a line's sums cost two lookups. */
    private static final class Sums {
        final double[] width;
        final double[] stretch;
        final double[] shrink;
        private final List<LineItem> items;

        Sums(List<LineItem> items) {
            this.items = items;
            int n = items.size();
            width = new double[n + 1];
            stretch = new double[n + 1];
            shrink = new double[n + 1];
            for (int i = 0; i < n; i++) {
                LineItem item = items.get(i);
                boolean counts = !item.isPenalty();
                width[i + 1] = width[i] + (counts ? item.width() : 0);
                stretch[i + 1] = stretch[i] + item.stretch();
                shrink[i + 1] = shrink[i] + item.shrink();
            }
        }

        /** Where the line after a break at {@code b} starts: spaces and penalties after a break are dropped. */
        int after(int b) {
            int i = b + 1;
            while (i < items.size() && !items.get(i).isBox() && items.get(i).penalty() != LineItem.FORCED) {
                i++;
            }
            return i;
        }
    }
}
