package org.anthology.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems every stage finds (the one mutable type of the model, passed to readers and normalizers), so the build reports all of them at once and fails only after reading
 * and normalizing everything. Stages report and go on; the pipeline decides whether to write.
 */
public final class Diagnostics {

    private final List<Problem> problems = new ArrayList<>();

    /** Records an error: the build will fail before writing any edition. */
    public void error(SourcePosition at, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, Optional.ofNullable(at), message));
    }

    /** Records a warning: the build goes on. */
    public void warning(SourcePosition at, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, Optional.ofNullable(at), message));
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** True when any error was recorded. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }
}
