package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Decision;
import org.anthology.model.Fixtures;
import org.anthology.model.Problem;
import org.anthology.model.SourcePosition;
import org.anthology.normalize.TypographyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizationReportTest {

    @TempDir
    Path out;

    @Test
    void givesEachChapterTheDecisionsAndProblemsOfItsOwnFileInTheirOrderAndTheRestToTheBook() throws IOException {
        Anthology book = Fixtures.twoChapterBook();
        SourcePosition first = Fixtures.at("seeds/01.txt", 3);
        SourcePosition second = Fixtures.at("seeds/02.md", 7);
        // The build collects them as the chapters finish, so the two files' lines come interleaved.
        List<Decision> decisions = List.of(new Decision(second, "a", "b", "one"), new Decision(first, "c", "d", "two"),
                new Decision(second, "e", "f", "three"), new Decision(first, "g", "h", "four"));
        List<Problem> problems = List.of(new Problem(Problem.Severity.WARNING, Optional.of(first), "w1"),
                new Problem(Problem.Severity.WARNING, Optional.empty(), "general"),
                new Problem(Problem.Severity.NOTE, Optional.of(second), "n2"),
                new Problem(Problem.Severity.WARNING, Optional.of(first), "w3"));

        Path file = NormalizationReport.write(out, book, decisions, problems, new TypographyReport(Map.of(), Map.of()));

        String report = Files.readString(file);
        assertEquals(List.of("- seeds/01.txt:3: c -> d (two)", "- seeds/01.txt:3: g -> h (four)",
                "- warning: seeds/01.txt:3: w1", "- warning: seeds/01.txt:3: w3"), items(report, "The First Wave"));
        assertEquals(List.of("- seeds/02.md:7: a -> b (one)", "- seeds/02.md:7: e -> f (three)",
                "- note: seeds/02.md:7: n2"), items(report, "互联网 and Beyond"));
        assertEquals(List.of("- warning: general"), items(report, "Book"));
    }

    /** The list items of the report's section headed {@code title}. */
    private static List<String> items(String report, String title) {
        String section = report.substring(report.indexOf("\n## " + title));
        int next = section.indexOf("\n## ", 1);
        return section.substring(0, next < 0 ? section.length() : next).lines().filter(l -> l.startsWith("- "))
                .toList();
    }
}
