package org.anthology.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids taken so far, and new ids kept apart from them: an id itself when it is free, else {@code id-2},
 * {@code id-3}, ..., the first one free. The suffix last given to each id is remembered, and ids are only ever
 * added, so the next one free is never below it: a chapter of k headings of one title takes k steps, not k²/2.
 */
final class UsedIds {

    private final Set<String> ids;
    private final Map<String, Integer> next = new HashMap<>();

    /** Ids of which {@code start} are taken. */
    UsedIds(Set<String> start) {
        this.ids = new HashSet<>(start);
    }

    /** Every id taken. */
    Set<String> ids() {
        return ids;
    }

    /** {@code id}, or the first of {@code id-2}, {@code id-3}, ... not taken; taken from then on. */
    String unique(String id) {
        if (ids.add(id)) {
            return id;
        }
        int n = next.getOrDefault(id, 2);
        String candidate = id + "-" + n;
        while (!ids.add(candidate)) {
            n++;
            candidate = id + "-" + n;
        }
        next.put(id, n + 1);
        return candidate;
    }
}
