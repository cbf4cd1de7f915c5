package org.anthology.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.anthology.model.Problem;

/** What a build did: the editions it wrote (none when it failed) and every problem it found. */
public record Outcome(List<Path> editions, List<Problem> problems) {

    public Outcome {
        editions = List.copyOf(editions);
        problems = List.copyOf(problems);
    }

    /** True when an error stopped the build before writing. */
    public boolean failed() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The errors, one {@code file:line: message} per line, for the build failure message. */
    public String errorSummary() {
        StringBuilder out = new StringBuilder();
        problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .forEach(p -> out.append(p).append(System.lineSeparator()));
        return out.toString().strip();
    }
}
