package org.anthology.normalize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ids made for each chapter on its own, and the check that tells whether they are the ids a run over the whole book
 * would have made.
 *
 * <p>Run over the whole book, every new id is kept apart from the ids the book already holds and from every id made
 * before it, in any chapter. Run per chapter, it is kept apart from part of those: the chapter's own share of the
 * book's ids and its own earlier new ids. Take a chapter's id on its own run to be {@code p} and the whole run's to
 * be {@code s}, all earlier ids being the same in both: the whole run avoids more, so {@code s} is {@code p} or a
 * later candidate, and a later one means {@code p} is an id of another chapter's. So when no new id is held twice
 * in the book, every id is the one the whole run makes.
 */
final class Unique {

    private Unique() {
    }

    /** What a chapter's task made, and the ids it added to those it started from. */
    record Made<T>(T result, Set<String> added) {
    }

    /** Whether no id added by {@code made} is one of {@code book}'s ids or one another of them added. */
    static <T> boolean apart(List<Made<T>> made, Set<String> book) {
        Set<String> seen = new HashSet<>(book);
        for (Made<T> one : made) {
            for (String id : one.added()) {
                if (!seen.add(id)) {
                    return false;
                }
            }
        }
        return true;
    }
}
