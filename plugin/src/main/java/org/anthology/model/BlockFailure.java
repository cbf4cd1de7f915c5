package org.anthology.model;

/**
 * An unexpected failure while a stage processed one block or one file, carrying where it happened, so the build
 * can report it at that {@code file:line} with the original exception attached as the cause. A stage wraps what a
 * block throws; an enclosing block keeps the position of the innermost one.
 */
public final class BlockFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    private BlockFailure(SourcePosition position, Throwable cause) {
        // No stack trace of its own: the cause has the one that matters, and this may be built short of stack.
        super(position.toString(), cause, false, false);
        this.position = position;
    }

    /** {@code failure} located at {@code position}, unless it already names a place closer to where it happened. */
    public static BlockFailure at(SourcePosition position, Throwable failure) {
        return failure instanceof BlockFailure located ? located : new BlockFailure(position, failure);
    }

    /** The block or file being processed when the failure happened. */
    public SourcePosition position() {
        return position;
    }
}
