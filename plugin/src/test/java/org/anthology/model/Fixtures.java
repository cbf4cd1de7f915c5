package org.anthology.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Small hand-built books for edition and builder tests, so a reader bug does not fail every writer test. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A position in a fictional source file. */
    public static SourcePosition at(String file, int line) {
        return new SourcePosition(file, line);
    }

    /** Metadata for a test book. */
    public static Metadata metadata(String title) {
        return new Metadata(title, Optional.of("A test anthology"), List.of("Ada Editor"), "en",
                "urn:uuid:6f1c2a4e-3b1d-5e2f-8a9b-0c1d2e3f4a5b", Instant.parse("2026-11-01T00:00:00Z"),
                Optional.of("Test Press"), Optional.of("CC BY 4.0"), Optional.of("A book used in tests."));
    }

    /**
     * Two chapters with sections, a list, a quote, code, a scene break and non-Latin text: exercises every node type.
     */
    public static Anthology twoChapterBook() {
        Chapter first = new Chapter("ch01", "The First Wave", Optional.of("Li Wei"), Optional.empty(), List.of(
                new Block.Paragraph(List.of(new Inline.Text("Opening words with “curly quotes” — and a dash.")),
                        at("seeds/01.txt", 1)),
                new Block.Heading(2, List.of(new Inline.Text("Early Days")), "ch01-early-days", at("seeds/01.txt", 3)),
                new Block.Paragraph(List.of(
                        new Inline.Text("Some "), new Inline.Emphasis(List.of(new Inline.Text("emphasis"))),
                        new Inline.Text(", some "), new Inline.Strong(List.of(new Inline.Text("strength"))),
                        new Inline.Text(", a "), new Inline.Code("x < y && z"),
                        new Inline.Text(" and a "),
                        new Inline.Link("https://example.org/a?b=1&c=2", List.of(new Inline.Text("link"))),
                        new Inline.Text(".")), at("seeds/01.txt", 4)),
                new Block.Heading(3, List.of(new Inline.Text("A Subsection")), "ch01-a-subsection",
                        at("seeds/01.txt", 6)),
                new Block.ListBlock(false, 1, List.of(
                        List.of(new Block.Paragraph(List.of(new Inline.Text("first item")), at("seeds/01.txt", 7))),
                        List.of(new Block.Paragraph(List.of(new Inline.Text("second item")), at("seeds/01.txt", 8)))),
                        at("seeds/01.txt", 7)),
                new Block.SceneBreak(at("seeds/01.txt", 10)),
                new Block.BlockQuote(List.of(new Block.Paragraph(List.of(new Inline.Text("A quoted thought.")),
                        at("seeds/01.txt", 11))), at("seeds/01.txt", 11))),
                at("seeds/01.txt", 1));
        Chapter second = new Chapter("ch02", "互联网 and Beyond", Optional.empty(), Optional.empty(), List.of(
                new Block.Paragraph(List.of(new Inline.Text("中文文本，和一些英文。"), new Inline.LineBreak(),
                        new Inline.Text("Ελληνικά and Русский.")), at("seeds/02.md", 5)),
                new Block.Heading(2, List.of(new Inline.Text("Code Listing")), "ch02-code-listing",
                        at("seeds/02.md", 7)),
                new Block.CodeBlock("java", "if (a < b && c > d) {\n    run();\n}", at("seeds/02.md", 8)),
                new Block.ListBlock(true, 3, List.of(
                        List.of(new Block.Paragraph(List.of(new Inline.Text("third")), at("seeds/02.md", 12))),
                        List.of(new Block.Paragraph(List.of(new Inline.Text("fourth")), at("seeds/02.md", 13)))),
                        at("seeds/02.md", 12))),
                at("seeds/02.md", 1));
        return new Anthology(metadata("A Test Book"), List.of(first, second));
    }
}
