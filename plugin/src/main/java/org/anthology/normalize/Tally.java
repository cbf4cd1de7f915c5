package org.anthology.normalize;

import java.util.EnumMap;
import java.util.Map;

/** Counts rule changes while one chapter (or the metadata) is normalized; local to a single run, never shared. */
final class Tally {

    private final Map<TypographyReport.Rule, Integer> counts = new EnumMap<>(TypographyReport.Rule.class);

    /** Adds {@code n} changes by {@code rule}. */
    void add(TypographyReport.Rule rule, int n) {
        if (n > 0) {
            counts.merge(rule, n, Integer::sum);
        }
    }

    /** The changes by {@code rule} so far. */
    int get(TypographyReport.Rule rule) {
        return counts.getOrDefault(rule, 0);
    }

    /** The counts so far. */
    Map<TypographyReport.Rule, Integer> counts() {
        return Map.copyOf(counts);
    }
}
