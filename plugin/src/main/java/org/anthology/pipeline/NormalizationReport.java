package org.anthology.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Decision;
import org.anthology.model.Problem;
import org.anthology.normalize.TypographyReport;

/**
 * Writes the normalization report ({@code <output>/anthology/report.md}): per chapter, every decision the readers
 * and normalizers made as {@code file:line: was -> became (rule)}, the typography changes counted per rule, and
 * every warning (and notes that are no warnings), so an editor can review what the build did to the texts.
 */
final class NormalizationReport {

    private NormalizationReport() {
    }

    static Path write(Path outputDirectory, Anthology book, List<Decision> decisions, List<Problem> problems,
                      TypographyReport typography) throws IOException {
        Path file = outputDirectory.resolve("anthology").resolve("report.md");
        Files.createDirectories(file.getParent());
        // Each decision and problem is found under its file once, not looked for again in every chapter.
        Map<String, List<Decision>> decided = byFile(decisions);
        Map<String, List<Problem>> found = problems.stream().filter(p -> p.position().isPresent())
                .collect(Collectors.groupingBy(p -> p.position().get().file()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Normalization report: " + book.metadata().title() + "\n");
            for (Chapter chapter : book.chapters()) {
                String source = chapter.source().file();
                List<Decision> mine = decided.getOrDefault(source, List.of());
                out.write("\n## " + chapter.title() + " (" + source + ")\n\n");
                out.write(summary(chapter, mine) + "\n\n");
                out.write("Typography: " + typography(typography.chapters().getOrDefault(chapter.id(), Map.of()))
                        + "\n\n");
                for (Decision decision : mine) {
                    out.write("- " + decision + "\n");
                }
                for (String note : notes(chapter, found.getOrDefault(source, List.of()))) {
                    out.write("- " + note + "\n");
                }
            }
            List<Problem> general = problems.stream().filter(p -> p.position().isEmpty()).toList();
            if (!general.isEmpty()) {
                out.write("\n## Book\n\n");
                for (Problem problem : general) {
                    out.write("- " + problem.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + problem
                            + "\n");
                }
            }
        }
        return file;
    }

    private static String typography(Map<TypographyReport.Rule, Integer> counts) {
        if (counts.isEmpty()) {
            return "no changes";
        }
        StringBuilder out = new StringBuilder();
        counts.forEach((rule, n) -> out.append(out.length() == 0 ? "" : ", ")
                .append(rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(' ').append(n));
        return out.toString();
    }

    /** One line for the log and the report: what the chapter is made of and how many decisions shaped it. */
    static String summary(Chapter chapter, List<Decision> decisions) {
        long headings = chapter.blocks().stream().filter(b -> b instanceof Block.Heading).count();
        long paragraphs = chapter.blocks().stream().filter(b -> b instanceof Block.Paragraph).count();
        return String.format(java.util.Locale.ROOT, "%d headings, %d paragraphs, %d blocks in all; %d decisions",
                headings, paragraphs, chapter.blocks().size(), decisions.size());
    }

    /** {@code decisions} by the file they were made in, each file's in the order given. */
    static Map<String, List<Decision>> byFile(List<Decision> decisions) {
        return decisions.stream().collect(Collectors.groupingBy(d -> d.position().file()));
    }

    /**
     * The chapter's problems, those {@code problems} of its file, each called what the build called it (the log and
     * {@code failOnWarnings} agree), then what is merely worth knowing: a chapter without headings is normal for a
     * short story, so it is a note.
     */
    private static List<String> notes(Chapter chapter, List<Problem> problems) {
        List<String> out = new java.util.ArrayList<>();
        problems.forEach(p -> out.add(p.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + p));
        if (!chapter.blocks().isEmpty() && chapter.blocks().stream().noneMatch(b -> b instanceof Block.Heading)) {
            out.add("note: " + chapter.source() + ": the chapter has no headings");
        }
        return out;
    }
}
