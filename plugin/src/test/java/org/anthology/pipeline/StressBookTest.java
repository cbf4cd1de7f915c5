package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anthology.edition.pdf.PdfReadBack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.anthology.BookCheck;

/** A Markdown manuscript of extreme blocks builds both editions and reports its problems as file:line lines. */
@BookCheck
class StressBookTest {

    @TempDir
    Path base;

    @Test
    void buildsExtremeBlocksAndReportsOnlyFileAndLineProblems() throws IOException {
        StringBuilder text = new StringBuilder("# Stress\n\n");
        text.append("Before ").append("abcdefghij".repeat(5000)).append(" after.\n\n");
        text.append("> ".repeat(500)).append("DEEPEST quotation.\n\n");
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder row = new StringBuilder("|");
        for (int c = 0; c < 200; c++) {
            header.append(" h").append(c).append(" |");
            rule.append("---|");
            row.append(" v").append(c).append(" |");
        }
        text.append(header).append('\n').append(rule).append('\n').append(row).append("\n\n");
        text.append("The end.\n");
        Path file = base.resolve("texts/1-stress.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        RecordingLog log = new RecordingLog();
        Outcome outcome = new AnthologyPipeline(log).run(TestSettings.in(base));
        assertFalse(outcome.failed(), outcome.problemSummary());
        List<String> problems = log.lines.stream()
                .filter(line -> line.startsWith("WARN ") || line.startsWith("ERROR ")).toList();
        for (String problem : problems) {
            assertTrue(problem.matches("(WARN|ERROR) texts/1-stress\\.md:\\d+: [^\\n]+\\. [^\\n]+\\.?"), problem);
        }
        assertTrue(log.has("WARN texts/1-stress.md:3: a word of 50,000 characters", ""), String.join("\n", problems));
        try (PdfReadBack read = PdfReadBack.of(Files.readAllBytes(base.resolve("out/book.pdf")))) {
            String all = read.text();
            assertTrue(all.contains("DEEPEST quotation."), "the deepest quotation is missing");
            assertTrue(all.contains("h199") && all.contains("v199") && all.contains("v0"), "table cells are missing");
            assertEquals(1, all.split("The end\\.", -1).length - 1, "the text after the blocks is missing");
        }
    }
}
