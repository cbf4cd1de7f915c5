package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.anthology.model.Inline;

/**
 * Collapses white space in converted HTML inlines as CSS {@code white-space: normal} does: every run of spaces,
 * tabs and newlines is one space, across element boundaries too, none at a block's ends or beside a line break.
 */
final class HtmlWhitespace {

    private static final Pattern HTML_SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

    private HtmlWhitespace() {
    }

    /** {@code text} with each run of HTML white space made one space (non-breaking spaces are kept). */
    static String spaces(String text) {
        return HTML_SPACES.matcher(text).replaceAll(" ");
    }

    /** The inlines with no space following a space or a line break, and empty text runs dropped. */
    static List<Inline> collapse(List<Inline> inlines) {
        return new Collapser().run(inlines);
    }

    /** The inlines without space at their start, their end, or before a line break. */
    static List<Inline> trim(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        for (int i = 0; i < out.size(); i++) {
            boolean lineEnd = i == out.size() - 1 || out.get(i + 1) instanceof Inline.LineBreak;
            if (lineEnd) {
                out.set(i, edge(out.get(i), String::stripTrailing, false));
            }
        }
        if (!out.isEmpty()) {
            out.set(0, edge(out.get(0), String::stripLeading, true));
        }
        out.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return out;
    }

    private static Inline edge(Inline inline, UnaryOperator<String> strip, boolean first) {
        if (inline instanceof Inline.Text t) {
            return new Inline.Text(strip.apply(t.text()));
        }
        if (inline instanceof Inline.Span span && !span.content().isEmpty()) {
            return span.withContent(edgeOf(span.content(), strip, first));
        }
        return inline;
    }

    private static List<Inline> edgeOf(List<Inline> content, UnaryOperator<String> strip, boolean first) {
        List<Inline> out = new ArrayList<>(content);
        int i = first ? 0 : out.size() - 1;
        out.set(i, edge(out.get(i), strip, first));
        return out;
    }

    /** Walks the inlines in reading order, remembering whether the last character set was a space. */
    private static final class Collapser {
        private boolean afterSpace = true;

        List<Inline> run(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>();
            for (Inline inline : inlines) {
                Inline done = one(inline);
                int last = out.size() - 1;
                if (done instanceof Inline.Text t && t.text().isEmpty()) {
                    continue;
                }
                if (done instanceof Inline.Text t && last >= 0 && out.get(last) instanceof Inline.Text prev) {
                    out.set(last, new Inline.Text(prev.text() + t.text()));
                } else {
                    out.add(done);
                }
            }
            return out;
        }

        private Inline one(Inline inline) {
            if (inline instanceof Inline.Text t) {
                String text = afterSpace && t.text().startsWith(" ") ? t.text().substring(1) : t.text();
                if (!text.isEmpty()) {
                    afterSpace = text.endsWith(" ");
                }
                return new Inline.Text(text);
            }
            if (inline instanceof Inline.Span span) {
                return span.withContent(run(span.content()));
            }
            afterSpace = inline instanceof Inline.LineBreak;
            return inline;
        }
    }
}
