package org.anthology.edition.pdf;

import java.util.List;
import java.util.Locale;

/**
 * What the paragraph breaker did for one book: how many lines it set, how many of the justified ones (all but a
 * paragraph's last) had to stretch their spaces beyond their stretch (adjustment ratio above 1), their mean badness
 * (100 |r|³, capped at 10,000 as in TeX), how many lines end in a hyphen and the longest run of such lines, and how
 * many paragraphs needed the emergency stretch or an overfull line.
 */
public final class LineStatistics {

    private long paragraphs;
    private long lines;
    private long justified;
    private long loose;
    private double badness;
    private long hyphenated;
    private int run;
    private int longestRun;
    private long emergency;
    private long overfull;

    void count(List<SetLine> set, int pass) {
        paragraphs++;
        emergency += pass == LineBreaker.EMERGENCY_PASS ? 1 : 0;
        overfull += pass == LineBreaker.LAST_RESORT ? 1 : 0;
        run = 0;
        for (SetLine line : set) {
            lines++;
            run = line.hyphenated() ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
            hyphenated += line.hyphenated() ? 1 : 0;
            if (!line.last()) {
                justified++;
                double ratio = line.ratio();
                loose += ratio > 1 ? 1 : 0;
                badness += Math.min(100 * Math.pow(Math.abs(ratio), 3), 10_000);
            }
        }
    }

    /** Paragraphs set by the breaker. */
    public long paragraphs() {
        return paragraphs;
    }

    /** Lines set. */
    public long lines() {
        return lines;
    }

    /** The share of justified lines whose spaces stretch beyond their stretch. */
    public double looseShare() {
        return justified == 0 ? 0 : (double) loose / justified;
    }

    /** The mean badness of the justified lines. */
    public double meanBadness() {
        return justified == 0 ? 0 : badness / justified;
    }

    /** The share of lines that end in a hyphen. */
    public double hyphenatedShare() {
        return lines == 0 ? 0 : (double) hyphenated / lines;
    }

    /** The most hyphenated lines that follow each other in one paragraph. */
    public int longestHyphenRun() {
        return longestRun;
    }

    /** Paragraphs that needed the emergency stretch. */
    public long emergencies() {
        return emergency;
    }

    /** Paragraphs with a line that runs over the measure. */
    public long overfull() {
        return overfull;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "paragraphs=%d lines=%d ratio_above_1=%.2f%% mean_badness=%.1f "
                        + "hyphenated=%.2f%% longest_hyphen_run=%d emergency=%d overfull=%d", paragraphs, lines,
                100 * looseShare(), meanBadness(), 100 * hyphenatedShare(), longestRun, emergency, overfull);
    }
}
