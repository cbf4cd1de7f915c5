package org.anthology.normalize;

import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Inline;

/**
 * The small inline notation of the typography example files: {@code `code`}, {@code *emphasis*},
 * {@code [text](target)}; everything else is text. {@code \\uXXXX} stands for any character, so invisible and
 * no-break characters can be written where they are seen.
 */
final class ExampleMarkup {

    private ExampleMarkup() {
    }

    /** The inlines written in {@code source}. */
    static List<Inline> parse(String source) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int close = c == '`' || c == '*' ? source.indexOf(c, i + 1) : -1;
            int link = c == '[' ? source.indexOf("](", i) : -1;
            int linkEnd = link >= 0 ? source.indexOf(')', link) : -1;
            if (close > i) {
                flush(text, out);
                String inner = source.substring(i + 1, close);
                out.add(c == '`' ? new Inline.Code(inner) : new Inline.Emphasis(parse(inner)));
                i = close + 1;
            } else if (linkEnd > link && link > i) {
                flush(text, out);
                out.add(new Inline.Link(source.substring(link + 2, linkEnd), parse(source.substring(i + 1, link))));
                i = linkEnd + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, out);
        return out;
    }

    /** {@code inlines} written back in the notation (without escapes). */
    static String print(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                out.append(text.text());
            } else if (inline instanceof Inline.Code code) {
                out.append('`').append(code.code()).append('`');
            } else if (inline instanceof Inline.Emphasis emphasis) {
                out.append('*').append(print(emphasis.content())).append('*');
            } else if (inline instanceof Inline.Link link) {
                out.append('[').append(print(link.content())).append("](").append(link.target()).append(')');
            } else {
                out.append(Inline.plainText(List.of(inline)));
            }
        }
        return out.toString();
    }

    /** {@code source} with each {@code \\uXXXX} replaced by its character. */
    static String unescape(String source) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            if (source.startsWith("\\u", i) && i + 6 <= source.length()) {
                out.append((char) Integer.parseInt(source.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(source.charAt(i));
            }
        }
        return out.toString();
    }

    private static void flush(StringBuilder text, List<Inline> out) {
        if (text.length() > 0) {
            out.add(new Inline.Text(text.toString()));
            text.setLength(0);
        }
    }
}
