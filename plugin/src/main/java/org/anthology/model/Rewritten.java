package org.anthology.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A list rewritten element by element, in order, that is copied only from the first element that changes: most
 * rewrites of a walk change nothing, and a copy of every list they pass would be built only to be thrown away.
 * The result is the very list when every element came back as itself.
 *
 * @param <T> the element type
 */
final class Rewritten<T> {

    private final List<T> in;
    private List<T> out;

    Rewritten(List<T> in) {
        this.in = in;
    }

    /** Element {@code i} of the list (the next one, in order) becomes {@code node}. */
    void set(int i, T node) {
        if (out == null) {
            if (node == in.get(i)) {
                return;
            }
            out = copyBefore(i);
        }
        out.add(node);
    }

    /** Element {@code i} of the list (the next one, in order) becomes {@code nodes}, none, one or several. */
    void setAll(int i, List<? extends T> nodes) {
        if (out == null) {
            if (nodes.size() == 1 && nodes.get(0) == in.get(i)) {
                return;
            }
            out = copyBefore(i);
        }
        out.addAll(nodes);
    }

    /** The list as rewritten: the original itself when it holds the very same elements in the same order. */
    List<T> result() {
        return out == null ? in : Walk.sameIfUnchanged(in, out);
    }

    private List<T> copyBefore(int i) {
        List<T> copy = new ArrayList<>(in.size() + 1);
        for (int k = 0; k < i; k++) {
            copy.add(in.get(k));
        }
        return copy;
    }
}
