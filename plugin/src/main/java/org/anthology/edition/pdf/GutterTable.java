package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The inside margin a bound book needs for its page count: the thicker the book, the more of each page the binding
 * swallows. Each step gives the margin for books of up to its page count; a book thicker than the last step takes
 * the last step's margin. The default is the table Amazon KDP publishes for paperbacks.
 *
 * @param steps the steps, ordered by page count
 */
public record GutterTable(List<Step> steps) {

    /** Books of up to {@code maxPages} pages get an inside margin of {@code margin} points. */
    public record Step(int maxPages, float margin) {
    }

    public GutterTable {
        steps = steps.stream().sorted(Comparator.comparingInt(Step::maxPages)).toList();
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a gutter table needs at least one step");
        }
    }

    /** KDP's paperback table: 0.375 in up to 150 pages, 0.5 in to 300, 0.625 in to 500, 0.75 in to 700, 0.875 in. */
    public static GutterTable kdp() {
        return new GutterTable(List.of(step(150, 0.375f), step(300, 0.5f), step(500, 0.625f), step(700, 0.75f),
                step(828, 0.875f)));
    }

    private static Step step(int pages, float inches) {
        return new Step(pages, inches * TrimSize.INCH);
    }

    /** The inside margin, in points, for a book of {@code pages} pages. */
    public float marginFor(int pages) {
        for (Step step : steps) {
            if (pages <= step.maxPages()) {
                return step.margin();
            }
        }
        return steps.get(steps.size() - 1).margin();
    }

    /**
     * The table written as {@code PAGES:LENGTH} steps separated by commas, such as
     * {@code 150:0.375in, 300:0.5in, 828:0.875in}.
     *
     * @throws IllegalArgumentException when a step is malformed
     */
    public static GutterTable parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] pair = part.strip().split("\\s*:\\s*");
            if (pair.length != 2 || !pair[0].matches("\\d{1,5}")) {
                throw new IllegalArgumentException("bad gutter step '" + part.strip() + "'");
            }
            steps.add(new Step(Integer.parseInt(pair[0]), PrintSpec.length(pair[1])));
        }
        return new GutterTable(steps);
    }
}
