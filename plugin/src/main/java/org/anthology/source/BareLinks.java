package org.anthology.source;

/**
 * Tells whether Markdown may hold a bare link (GitHub's extended autolinks): an address with {@code ://}, one
 * starting {@code www.}, or an e-mail address. The autolink pass looks for them in every text node of a document,
 * so a document that holds none of their marks is parsed without it, to the same tree. An entity or a backslash
 * escape could spell a mark in disguise ({@code &#64;}, {@code \:}), so either counts as one.
 */
final class BareLinks {

    private BareLinks() {
    }

    /** False only when {@code markdown} holds nothing any bare link needs. */
    static boolean mayHold(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.indexOf('\\') >= 0 || markdown.contains("://")
                || holdsWww(markdown) || MarkdownEscapes.holdsEntity(markdown);
    }

    /** Whether {@code www.} stands anywhere, in any case. */
    private static boolean holdsWww(String text) {
        for (int p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
            // Prose has a full stop in every sentence; one after a letter other than w is passed at once.
            if (p >= 3 && (text.charAt(p - 1) | 0x20) == 'w' && text.regionMatches(true, p - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
