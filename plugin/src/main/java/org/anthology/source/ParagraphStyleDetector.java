package org.anthology.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Detects how a plain-text file writes its paragraphs, from the lines of text that run straight into another
 * line of text: when most of them end a sentence, each line is a paragraph; when they are long (hard-wrapped text
 * is set at 60 to 80 columns) and break inside sentences, the text was wrapped by hand; otherwise the paragraphs
 * are the runs of lines between blank lines.
 */
final class ParagraphStyleDetector {

    /** A detected style and what in the text gave it away, for the decision log. */
    record Detected(ParagraphStyle style, String evidence) {
    }

    /** Shorter lines are not hard-wrapped prose: a wrapped text's lines are mostly near its right margin. */
    static final int WRAPPED_MIN_LENGTH = 50;

    private ParagraphStyleDetector() {
    }

    /** Which of {@code lines} are prose, by {@link #isProse}: asked once for each line, then looked up. */
    static boolean[] prose(List<TextLine> lines) {
        boolean[] prose = new boolean[lines.size()];
        for (int i = 0; i < prose.length; i++) {
            prose[i] = isProse(lines.get(i));
        }
        return prose;
    }

    /** The style of {@code lines}, of which {@code prose} tells which are prose. */
    static Detected detect(List<TextLine> lines, boolean[] prose) {
        List<String> runOn = new ArrayList<>();
        boolean blankLines = false;
        for (int i = 0; i < lines.size(); i++) {
            blankLines |= lines.get(i).isBlank() && i > 0 && i + 1 < lines.size();
            if (runsOn(prose, i)) {
                runOn.add(lines.get(i).stripped());
            }
        }
        if (runOn.isEmpty()) {
            return new Detected(blankLines ? ParagraphStyle.BLANK : ParagraphStyle.LINE,
                    "no line running into the next");
        }
        if (mostEndSentences(runOn)) {
            return new Detected(ParagraphStyle.LINE, "consecutive lines ending sentences");
        }
        if (median(runOn) >= WRAPPED_MIN_LENGTH) {
            return new Detected(ParagraphStyle.WRAPPED, "long lines broken inside sentences");
        }
        return blankLines
                ? new Detected(ParagraphStyle.BLANK, "short lines grouped by blank lines")
                : new Detected(ParagraphStyle.LINE, "short lines without blank lines");
    }

    /** Whether more than half of {@code texts} end a sentence; counting stops once more than half do. */
    private static boolean mostEndSentences(List<String> texts) {
        int sentenceEnds = 0;
        for (String text : texts) {
            if (Sentences.endsSentence(text) && ++sentenceEnds * 2 > texts.size()) {
                return true;
            }
        }
        return false;
    }

    /** The right margin of hard-wrapped lines: the length that nine in ten run-on lines do not exceed. */
    static int margin(List<TextLine> lines, boolean[] prose) {
        // Plain ints, sorted as such: a file of long lines has thousands, each boxed and compared by a call before.
        int[] lengths = new int[lines.size()];
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (runsOn(prose, i)) {
                lengths[count++] = lines.get(i).stripped().length();
            }
        }
        if (count == 0) {
            return 0;
        }
        Arrays.sort(lengths, 0, count);
        return lengths[Math.max(0, (int) Math.ceil(count * 0.9) - 1)];
    }

    /** Whether line {@code i} is prose that runs straight into a line of prose. */
    private static boolean runsOn(boolean[] prose, int i) {
        return prose[i] && i + 1 < prose.length && prose[i + 1];
    }

    /** A line of running text: not blank, and not a list item, quote, scene break, underline or hash heading. */
    static boolean isProse(TextLine line) {
        String s = line.stripped();
        return !s.isEmpty() && !s.startsWith(">") && ListItem.parse(s).isEmpty() && !SceneBreaks.isSceneBreak(s)
                && !HeadingRules.isUnderline(s) && HeadingRules.trailingHash(s).isEmpty();
    }

    private static int median(List<String> texts) {
        int[] lengths = texts.stream().mapToInt(String::length).sorted().toArray();
        return lengths[lengths.length / 2];
    }
}
