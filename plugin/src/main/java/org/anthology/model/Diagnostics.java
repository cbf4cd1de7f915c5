package org.anthology.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems every stage finds, and the decisions it made, so the build reports all of them at once and
 * fails only after reading and normalizing everything. Stages report and go on; the pipeline decides whether to
 * write. The one mutable type of the model: readers and normalizers receive it, never keep it.
 */
public final class Diagnostics {

    private final List<Problem> problems = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();

    /** Records a decision for the normalization report. */
    public void decided(SourcePosition at, String was, String became, String rule) {
        decisions.add(new Decision(at, was, became, rule));
    }

    /** Every decision, in the order made. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** Records an error: the build will fail before writing any edition. */
    public void error(SourcePosition at, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, Optional.ofNullable(at), message));
    }

    /** Records a warning: the build goes on. */
    public void warning(SourcePosition at, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, Optional.ofNullable(at), message));
    }

    /** Adds {@code other}'s problems and decisions after these, in their order. */
    public void addAll(Diagnostics other) {
        problems.addAll(other.problems);
        decisions.addAll(other.decisions);
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
