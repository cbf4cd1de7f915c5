package org.anthology.edition;

/**
 * A fault of the input that only laying out an edition reveals, such as a block taller than any page: thrown out of
 * {@link Edition#write}, it is reported as a problem at the block being set, not as a bug. The message reads as a
 * problem does: what is wrong, then what to do.
 */
public final class LayoutProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A problem that says {@code message}. */
    public LayoutProblem(String message) {
        super(message);
    }
}
