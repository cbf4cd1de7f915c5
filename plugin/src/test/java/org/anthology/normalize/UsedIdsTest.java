package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsedIdsTest {

    @Test
    void givesAnIdItselfThenTheFirstFreeNumberedOne() {
        UsedIds used = new UsedIds(Set.of("ch01", "a-2"));

        assertEquals(List.of("a", "a-3", "a-4"), List.of(used.unique("a"), used.unique("a"), used.unique("a")));
        assertEquals("a-5", used.unique("a-5"));
        assertEquals("a-6", used.unique("a"), "a-5 was taken by a heading of that text");
        assertEquals("a-2-2", used.unique("a-2"));
        assertEquals("ch01-2", used.unique("ch01"));
    }

    @Test
    void givesTheIdsTheOneByOneSearchGivesForManyOfOneText() {
        UsedIds used = new UsedIds(Set.of("t-7"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(used.unique(i % 3 == 0 ? "t-" + (i / 3 + 10) : "t"));
        }
        // The same ids as trying t, t-2, t-3, ... from the start each time.
        Set<String> taken = new java.util.HashSet<>(Set.of("t-7"));
        for (int i = 0; i < 10_000; i++) {
            String id = i % 3 == 0 ? "t-" + (i / 3 + 10) : "t";
            String candidate = id;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = id + "-" + n;
            }
            assertEquals(candidate, ids.get(i), "id " + i);
        }
        taken.remove("t-7");
        assertEquals(taken, used.added());
    }

    @Test
    void keepsApartFromTwoSetsItReadsButNeverChanges() {
        // Immutable sets: taking an id into either would throw.
        UsedIds used = new UsedIds(Set.of("ch01", "ch02"), Set.of("ch01-intro", "ch01-note-1"));

        assertEquals(List.of("ch01-note-1-2", "ch01-intro-2", "ch02-2", "ch03"), List.of(used.unique("ch01-note-1"),
                used.unique("ch01-intro"), used.unique("ch02"), used.unique("ch03")));
        assertEquals(Set.of("ch01-note-1-2", "ch01-intro-2", "ch02-2", "ch03"), used.added());
    }
}
