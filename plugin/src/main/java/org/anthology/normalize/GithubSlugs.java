package org.anthology.normalize;

import java.util.HashMap;
import java.util.LinkedHashMap;
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

    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, String> idBySlug = new LinkedHashMap<>();

    /** GitHub's anchor for a heading reading {@code text}, before repeats are numbered. */
    static String slug(String text) {
        return DROPPED.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /** Records the next heading of the document, {@code text}, whose id in the book is {@code id}. */
    void add(String text, String id) {
        String base = slug(text);
        int repeats = seen.merge(base, 1, Integer::sum) - 1;
        idBySlug.putIfAbsent(repeats == 0 ? base : base + "-" + repeats, id);
    }

    /** The book's id of the heading GitHub would call {@code fragment}, or null. */
    String id(String fragment) {
        return idBySlug.get(fragment.toLowerCase(Locale.ROOT));
    }
}
