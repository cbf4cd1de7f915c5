package org.anthology.source;

/**
 * Tells whether Markdown text may hold what flexmark's {@code unescape} resolves: a backslash escape or an entity
 * ({@code &amp;}, {@code &#64;}, {@code &#x40;}: an ampersand, letters, digits or {@code #}, and a semicolon).
 * Text that holds neither is its own unescaped text; an ampersand alone, as in {@code R&D}, is no entity.
 */
final class MarkdownEscapes {

    private MarkdownEscapes() {
    }

    /** False only when {@code text} holds neither a backslash nor anything shaped like an entity. */
    static boolean mayHold(String text) {
        return text.indexOf('\\') >= 0 || holdsEntity(text);
    }

    /** Whether an entity such as {@code &amp;} or {@code &#64;} stands anywhere: an ampersand, a name, a semicolon. */
    static boolean holdsEntity(String text) {
        for (int p = text.indexOf('&'); p >= 0; p = text.indexOf('&', p + 1)) {
            int end = p + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '#')) {
                end++;
            }
            if (end > p + 1 && end < text.length() && text.charAt(end) == ';') {
                return true;
            }
        }
        return false;
    }
}
