package org.anthology.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anthology.model.Problem;

/**
 * What a build did: the editions it wrote (none when it failed), every problem it found, whether it found the
 * editions already up to date and so wrote nothing, and the exception behind a problem that is a bug, kept for
 * {@code mvn -e}.
 */
public record Outcome(List<Path> editions, List<Problem> problems, boolean upToDate, Optional<Throwable> bug) {

    public Outcome {
        editions = List.copyOf(editions);
        problems = List.copyOf(problems);
        Objects.requireNonNull(bug, "bug");
    }

    /** An outcome with no bug behind its problems. */
    public Outcome(List<Path> editions, List<Problem> problems, boolean upToDate) {
        this(editions, problems, upToDate, Optional.empty());
    }

    /**
     * True when problems stopped the build: before writing anything, or after writing only the editions that the
     * problems did not concern (the EPUB, when the PDF fonts lack a character).
     */
    public boolean failed() {
        return editions.isEmpty() && !problems.isEmpty()
                || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The problems, one {@code file:line: message} per line, for the build failure message. */
    public String problemSummary() {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.severity() == Problem.Severity.ERROR ? "error: " : "warning: ")
                .append(p).append(System.lineSeparator()));
        return out.toString().strip();
    }
}
