package org.anthology.normalize;

/**
 * Pandoc's dash convention ({@code --} en dash, {@code ---} em dash; a setting makes {@code --} an em dash) and the
 * ellipsis ({@code ...} and {@code . . .} become {@code …}). Longer runs of hyphens are read three at a time, so no
 * {@code --} is ever left.
 */
final class DashesAndEllipses {

    private static final String EN_DASH = "\u2013";
    private static final String EM_DASH = "\u2014";
    private static final String ELLIPSIS = "\u2026";

    private DashesAndEllipses() {
    }

    /** The runs with hyphen runs turned into dashes; counts dashes made in {@code tally}. */
    static TextRuns dashes(TextRuns in, boolean emDashFromDoubleHyphen, Tally tally) {
        String text = in.flat();
        if (!text.contains("--")) {
            return in;
        }
        TextRuns.Writer out = in.writer();
        int i = 0;
        while (i < text.length()) {
            // No run of two hyphens starts before the next "--": all of that is kept as it is.
            int next = text.indexOf("--", i);
            if (next != i) {
                int to = next < 0 ? text.length() : next;
                out.keep(i, to);
                i = to;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == '-' && !in.inUrl(end)) {
                end++;
            }
            if (end - i < 2) {
                out.keep(i);
                i++;
                continue;
            }
            StringBuilder dashes = new StringBuilder();
            int left = end - i;
            for (; left >= 3; left -= 3) {
                dashes.append(EM_DASH);
            }
            if (left == 2) {
                dashes.append(emDashFromDoubleHyphen ? EM_DASH : EN_DASH);
            } else if (left == 1) {
                dashes.append('-');
            }
            out.emit(i, dashes);
            tally.add(TypographyReport.Rule.DASHES, (end - i) / 3 + ((end - i) % 3 == 2 ? 1 : 0));
            i = end;
        }
        return out.result();
    }

    /** The runs with {@code ...} and {@code . . .} turned into an ellipsis; counts them in {@code tally}. */
    static TextRuns ellipses(TextRuns in, Tally tally) {
        String text = in.flat();
        if (!text.contains("...") && !text.contains(". . .")) {
            return in;
        }
        TextRuns.Writer out = in.writer();
        int i = 0;
        while (i < text.length()) {
            int dot = text.indexOf('.', i);
            if (dot != i) {
                int to = dot < 0 ? text.length() : dot;
                out.keep(i, to);
                i = to;
                continue;
            }
            int length = in.inUrl(i) ? 0 : ellipsisAt(text, i);
            if (length == 0) {
                out.keep(i);
                i++;
            } else {
                out.emit(i, ELLIPSIS);
                tally.add(TypographyReport.Rule.ELLIPSES, 1);
                i += length;
            }
        }
        return out.result();
    }

    private static int ellipsisAt(String text, int i) {
        if (text.startsWith("...", i)) {
            return 3;
        }
        return text.startsWith(". . .", i) ? 5 : 0;
    }
}
