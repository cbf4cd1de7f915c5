package org.anthology.pipeline;

import java.util.List;
import java.util.Optional;
import org.anthology.edition.LayoutProblem;
import org.anthology.model.Anthology;
import org.anthology.model.BlockFailure;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.anthology.normalize.Normalizers;

/**
 * Turns an exception no stage expected into one problem line: the manuscript and block being processed, when a
 * stage said which ({@link BlockFailure}), what went wrong and that it is a bug to report. A fault only laying out
 * reveals ({@link LayoutProblem}) is an ordinary problem at its block instead. The exception itself stays attached
 * to the outcome, so {@code mvn -e} shows its trace.
 */
final class UnexpectedFailure {

    /** Half the usual 1 MB thread stack: room for any chapter of ordinary depth. */
    private static final long RETRY_STACK = 512 * 1024;

    private UnexpectedFailure() {
    }

    /** True for what the build turns into a problem: any runtime exception, and running out of stack. */
    static boolean isDressable(Throwable failure) {
        return failure instanceof RuntimeException || failure instanceof StackOverflowError;
    }

    /** The block the failure names, if a stage located it. */
    static Optional<SourcePosition> position(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BlockFailure located) {
                return Optional.of(located.position());
            }
        }
        return Optional.empty();
    }

    /** The input fault the failure carries, when it is one and not a bug. */
    static Optional<LayoutProblem> layoutProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LayoutProblem problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** The message of the problem for a bug met while {@code stage} ("writing the PDF edition"). */
    static String message(String stage, Throwable failure) {
        Throwable cause = failure instanceof BlockFailure ? failure.getCause() : failure;
        String what = cause instanceof StackOverflowError
                ? "the text is nested too deeply to process (the Java stack ran out)"
                : cause.getClass().getName() + Optional.ofNullable(cause.getMessage()).map(m -> ": " + m).orElse("");
        return "unexpected failure while " + stage + ": " + what.strip().replaceAll("\\s+", " ")
                + ". This is a bug in Anthology: please report it with this text and the output of mvn -e; until it "
                + "is fixed, simplify the text at this place";
    }

    /**
     * The normalized book; when the chain fails unexpectedly, the failure located at the first chapter that fails
     * on its own, since normalizers work on the whole book and name no block.
     */
    static Normalizers.Normalized normalize(Normalizers chain, Anthology raw, Diagnostics diagnostics) {
        try {
            return chain.normalize(raw, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            if (position(e).isPresent()) {
                throw e;
            }
            for (Chapter chapter : raw.chapters()) {
                if (failsAlone(chain, raw.withParts(List.of()).withChapters(List.of(chapter)))) {
                    throw BlockFailure.at(chapter.source(), e);
                }
            }
            throw e;
        }
    }

    /**
     * Whether the chain fails on a one-chapter book. It runs on a thread with half the usual stack: code compiled
     * since the first try needs less of it, and a chapter that ran the stack out must do so again to be named.
     */
    private static boolean failsAlone(Normalizers chain, Anthology book) {
        Throwable[] failure = new Throwable[1];
        Thread retry = new Thread(null, () -> {
            try {
                chain.normalize(book, new Diagnostics());
            } catch (RuntimeException | StackOverflowError e) {
                failure[0] = e;
            }
        }, "anthology-locate", RETRY_STACK);
        retry.start();
        try {
            retry.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return failure[0] != null;
    }

    /** A failure met in a named stage ("writing the PDF edition") that the pipeline does not see by itself. */
    static final class InStage extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String stage;

        InStage(String stage, Throwable cause) {
            super(stage, cause, false, false);
            this.stage = stage;
        }

        String stage() {
            return stage;
        }
    }
}
