package org.anthology.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids taken so far, and new ids kept apart from them: an id itself when it is free, else {@code id-2},
 * {@code id-3}, ..., the first one free. The suffix last given to each id is remembered, and ids are only ever
 * added, so the next one free is never below it: a chapter of k headings of one title takes k steps, not k²/2.
 * The ids taken before are read where they are, never copied: each of a thousand chapters starts from the book's
 * thousand chapter ids, which a copy for each would make a million.
 */
final class UsedIds {

    private final Set<String> taken;
    private final Set<String> alsoTaken;
    private final Set<String> added = new HashSet<>();
    private final Map<String, Integer> next = new HashMap<>();

    /** Ids of which {@code taken} are taken; the set is read, not changed, and must not change while in use. */
    UsedIds(Set<String> taken) {
        this(taken, Set.of());
    }

    /** Ids of which those in {@code taken} and in {@code alsoTaken} are taken; as {@link #UsedIds(Set)}. */
    UsedIds(Set<String> taken, Set<String> alsoTaken) {
        this.taken = taken;
        this.alsoTaken = alsoTaken;
    }

    /** The ids given out, those not taken before. */
    Set<String> added() {
        return added;
    }

    /** {@code id}, or the first of {@code id-2}, {@code id-3}, ... not taken; taken from then on. */
    String unique(String id) {
        if (take(id)) {
            return id;
        }
        int n = next.getOrDefault(id, 2);
        String candidate = id + "-" + n;
        while (!take(candidate)) {
            n++;
            candidate = id + "-" + n;
        }
        next.put(id, n + 1);
        return candidate;
    }

    private boolean take(String id) {
        return !taken.contains(id) && !alsoTaken.contains(id) && added.add(id);
    }
}
