package org.anthology.pipeline;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.edition.LayoutProblem;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
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
     * The normalized book; when the chain fails unexpectedly, the failure located at a chapter, since normalizers
     * work on the whole book and name no block: for a stack overflow the most deeply nested chapter (a retry may
     * not overflow again once the code is compiled), otherwise the first chapter that fails on its own.
     */
    static Normalizers.Normalized normalize(Normalizers chain, Anthology raw, Diagnostics diagnostics) {
        try {
            return chain.normalize(raw, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            if (position(e).isPresent() || raw.chapters().isEmpty()) {
                throw e;
            }
            if (e instanceof StackOverflowError) {
                Chapter deepest = raw.chapters().stream().max(Comparator.comparingInt(c -> depth(c.blocks())))
                        .orElseThrow();
                throw BlockFailure.at(deepest.source(), e);
            }
            for (Chapter chapter : raw.chapters()) {
                try {
                    chain.normalize(raw.withParts(List.of()).withChapters(List.of(chapter)), new Diagnostics());
                } catch (RuntimeException again) {
                    throw BlockFailure.at(chapter.source(), e);
                }
            }
            throw e;
        }
    }

    /** How deep blocks nest in quotations, list items and notes, counted without recursion. */
    static int depth(List<Block> blocks) {
        Deque<Map.Entry<Block, Integer>> open = new ArrayDeque<>();
        blocks.forEach(b -> open.push(Map.entry(b, 1)));
        int deepest = 0;
        while (!open.isEmpty()) {
            Map.Entry<Block, Integer> next = open.pop();
            deepest = Math.max(deepest, next.getValue());
            List<Block> inside = next.getKey() instanceof Block.BlockQuote quote ? quote.blocks()
                    : next.getKey() instanceof Block.ListBlock list
                    ? list.items().stream().flatMap(List::stream).toList()
                    : next.getKey() instanceof Block.Note note ? note.blocks() : List.of();
            inside.forEach(b -> open.push(Map.entry(b, next.getValue() + 1)));
        }
        return deepest;
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
