package org.anthology.normalize;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link TypographyNormalizer} changed: per chapter (by id, in reading order) and for the book's metadata, how
 * many times each rule rewrote the text. Rules that changed nothing are absent.
 */
public record TypographyReport(Map<Rule, Integer> metadata, Map<String, Map<Rule, Integer>> chapters) {

    /** One typography rule. */
    public enum Rule {
        INVISIBLE_CHARACTERS, UNICODE_NFC, SPACES, DASHES, ELLIPSES, QUOTES, APOSTROPHES, FRENCH_SPACING,
        NO_BREAK_SPACES
    }

    public TypographyReport {
        metadata = copy(metadata);
        Map<String, Map<Rule, Integer>> byChapter = new LinkedHashMap<>();
        chapters.forEach((id, counts) -> byChapter.put(id, copy(counts)));
        chapters = Collections.unmodifiableMap(byChapter);
    }

    /** How many times {@code rule} changed the chapter with this id; 0 when none or no such chapter. */
    public int count(String chapterId, Rule rule) {
        return chapters.getOrDefault(chapterId, Map.of()).getOrDefault(rule, 0);
    }

    /** How many times {@code rule} changed the book, metadata included. */
    public int total(Rule rule) {
        return metadata.getOrDefault(rule, 0)
                + chapters.values().stream().mapToInt(c -> c.getOrDefault(rule, 0)).sum();
    }

    private static Map<Rule, Integer> copy(Map<Rule, Integer> counts) {
        Map<Rule, Integer> out = new EnumMap<>(Rule.class);
        counts.forEach((rule, n) -> {
            if (n != 0) {
                out.put(rule, n);
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
