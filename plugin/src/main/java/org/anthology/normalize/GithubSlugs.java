package org.anthology.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The anchors GitHub (and GitLab, and most Markdown previewers) give headings, so a link written for them,
 * {@code [see](#getting-started)}, finds its heading in the book. The rule is github-slugger's: lower case, drop
 * every character that is not a letter, mark, digit, underscore, hyphen or space, turn each space into a hyphen,
 * and number repeats {@code -1}, {@code -2} in the order the headings stand.
 */
final class GithubSlugs {

    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");

    /** The headings' texts and ids, in document order, until a fragment is first looked up. */
    private final List<String[]> headings = new ArrayList<>();
    private Map<String, String> idBySlug;

    /** GitHub's anchor for a heading reading {@code text}, before repeats are numbered. */
    static String slug(String text) {
        return DROPPED.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** Records the next heading of the document, {@code text}, whose id in the book is {@code id}. */
    void add(String text, String id) {
        if (idBySlug != null) {
            throw new IllegalStateException("a heading added after a fragment was looked up");
        }
        headings.add(new String[] {text, id});
    }

    /**
     * The book's id of the heading GitHub would call {@code fragment}, or null. The anchors are made at the first
     * look-up: most books link to their headings by the ids the book gives them, or not at all. Chapters linking
     * to this one look up from their own threads.
     */
    synchronized String id(String fragment) {
        if (idBySlug == null) {
            Map<String, Integer> seen = new HashMap<>();
            idBySlug = new HashMap<>();
            for (String[] heading : headings) {
                String base = slug(heading[0]);
                int repeats = seen.merge(base, 1, Integer::sum) - 1;
                idBySlug.putIfAbsent(repeats == 0 ? base : base + "-" + repeats, heading[1]);
            }
        }
        return idBySlug.get(fragment.toLowerCase(Locale.ROOT));
    }
}
