package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class TypographyNormalizerTest {

    private static Block.Paragraph paragraph(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines), Fixtures.at("seeds/a.md", 4));
    }

    private static Anthology book(Optional<String> language, String title, Block... blocks) {
        Chapter chapter = new Chapter("ch01", title, Optional.empty(), language, List.of(blocks),
                Fixtures.at("seeds/a.md", 1));
        return new Anthology(Fixtures.metadata("B"), List.of(chapter));
    }

    private static List<Block> normalize(Block... blocks) {
        return new TypographyNormalizer().apply(book(Optional.empty(), "T", blocks), new Diagnostics())
                .chapters().get(0).blocks();
    }

    private static List<Inline> content(Block block) {
        return ((Block.Paragraph) block).content();
    }

    @Test
    void curlsQuotesInsideEmphasis() {
        List<Block> out = normalize(paragraph(new Inline.Text("He said \""),
                new Inline.Emphasis(List.of(new Inline.Text("never"))), new Inline.Text("\" again.")));
        assertEquals(List.of(new Inline.Text("He said “"), new Inline.Emphasis(List.of(new Inline.Text("never"))),
                new Inline.Text("” again.")), content(out.get(0)));
    }

    @Test
    void leavesCodeSpansAlone() {
        List<Block> out = normalize(paragraph(new Inline.Text("\"Try "), new Inline.Code("a -- 'b' ..."),
                new Inline.Text("\"")));
        assertEquals(List.of(new Inline.Text("“Try "), new Inline.Code("a -- 'b' ..."), new Inline.Text("”")),
                content(out.get(0)));
    }

    @Test
    void keepsBlocksNoRuleChangesAsTheyAre() {
        Block.Paragraph plain = paragraph(new Inline.Text("A sentence with "),
                new Inline.Emphasis(List.of(new Inline.Text("nothing"))), new Inline.Text(" to set."));
        Block.BlockQuote quote = new Block.BlockQuote(List.of(plain), Fixtures.at("seeds/a.md", 5));
        Block.ListBlock list = new Block.ListBlock(false, 1, List.of(List.of(plain),
                List.of(paragraph(new Inline.Text("It's set.")))), Fixtures.at("seeds/a.md", 6));
        List<Block> out = normalize(quote, list);
        assertSame(quote, out.get(0));
        Block.ListBlock setList = (Block.ListBlock) out.get(1);
        assertSame(plain, setList.items().get(0).get(0));
        assertEquals(List.of(new Inline.Text("It’s set.")), content(setList.items().get(1).get(0)));
    }

    @Test
    void setsRunsAcrossEmptyTextCodeAndBreaks() {
        List<Block> out = normalize(paragraph(new Inline.Text(""), new Inline.Text("\"Wait  "), new Inline.Code("x"),
                new Inline.Text(""), new Inline.Text(" -- "), new Inline.LineBreak(), new Inline.Text(" then...\"")));
        assertEquals(List.of(new Inline.Text(""), new Inline.Text("“Wait "), new Inline.Code("x"),
                new Inline.Text(""), new Inline.Text(" –"), new Inline.LineBreak(), new Inline.Text("then…”")),
                content(out.get(0)));
    }

    @Test
    void leavesCodeBlocksAlone() {
        Block.CodeBlock code = new Block.CodeBlock("sh", "echo \"it's\" -- ...", Fixtures.at("seeds/a.md", 9));
        assertSame(code, normalize(code).get(0));
    }

    @Test
    void keepsLinkTargetsVerbatim() {
        List<Block> out = normalize(paragraph(new Inline.Link("https://x.org/it's--here...",
                List.of(new Inline.Text("it's here")))));
        assertEquals(List.of(new Inline.Link("https://x.org/it's--here...", List.of(new Inline.Text("it’s here")))),
                content(out.get(0)));
    }

    @Test
    void collapsesSpacesAcrossInlineBoundaries() {
        List<Block> out = normalize(paragraph(new Inline.Text("  one  "), new Inline.Text(" "),
                new Inline.Emphasis(List.of(new Inline.Text(" two "))), new Inline.LineBreak(),
                new Inline.Text("  three ")));
        assertEquals("one two three", Inline.plainText(content(out.get(0))).replace("  ", " "));
        assertEquals(List.of(new Inline.Text("one "), new Inline.Text(""),
                new Inline.Emphasis(List.of(new Inline.Text("two"))), new Inline.LineBreak(),
                new Inline.Text("three")), content(out.get(0)));
    }

    @Test
    void appliesToHeadingsListsAndQuotations() {
        List<Block> out = normalize(
                new Block.Heading(2, List.of(new Inline.Text("The \"Early\" Days")), "", Fixtures.at("a.md", 2)),
                new Block.BlockQuote(List.of(paragraph(new Inline.Text("'Tis so..."))), Fixtures.at("a.md", 3)),
                new Block.ListBlock(false, 1, List.of(List.of(paragraph(new Inline.Text("a--b")))),
                        Fixtures.at("a.md", 5)));
        assertEquals("The “Early” Days", ((Block.Heading) out.get(0)).text());
        assertEquals("’Tis so…", Inline.plainText(content(((Block.BlockQuote) out.get(1)).blocks().get(0))));
        assertEquals("a–b", Inline.plainText(content(((Block.ListBlock) out.get(2)).items().get(0).get(0))));
    }

    @Test
    void normalizesChapterTitlesAndMetadataLikeBodyText() {
        Anthology in = book(Optional.empty(), "\"Don't\" -- a story", paragraph(new Inline.Text("x")));
        Anthology titled = new Anthology(new org.anthology.model.Metadata("The \"Best\" of it...",
                Optional.of("'90s  stories"), List.of("O'Brien"), "en", "urn:x:'1'", java.time.Instant.EPOCH,
                Optional.of("Writers' Press"), Optional.of("(c) the authors -- all rights"),
                Optional.of("Essays on China's internet...")), in.chapters());
        Anthology out = new TypographyNormalizer().apply(titled, new Diagnostics());
        assertEquals("“Don’t” – a story", out.chapters().get(0).title());
        assertEquals("The “Best” of it…", out.metadata().title());
        assertEquals(Optional.of("’90s stories"), out.metadata().subtitle());
        assertEquals(List.of("O’Brien"), out.metadata().creators());
        assertEquals(Optional.of("Writers’ Press"), out.metadata().publisher());
        assertEquals(Optional.of("(c) the authors – all rights"), out.metadata().rights());
        assertEquals(Optional.of("Essays on China’s internet…"), out.metadata().description());
        assertEquals("urn:x:'1'", out.metadata().identifier());
    }

    @Test
    void curlsTheApostropheInAChaptersAuthor() {
        Chapter chapter = new Chapter("ch01", "T", Optional.of("Seán O'Brien"), Optional.empty(),
                List.of(paragraph(new Inline.Text("x"))), Fixtures.at("seeds/a.md", 1));
        Anthology out = new TypographyNormalizer().apply(new Anthology(Fixtures.metadata("B"), List.of(chapter)),
                new Diagnostics());
        assertEquals(Optional.of("Seán O’Brien"), out.chapters().get(0).author());
    }

    @Test
    void usesTheChaptersOwnLanguageOverTheBooks() {
        Anthology german = book(Optional.of("de-DE"), "T", paragraph(new Inline.Text("\"Ja\"")));
        Anthology out = new TypographyNormalizer().apply(german, new Diagnostics());
        assertEquals("„Ja“", Inline.plainText(content(out.chapters().get(0).blocks().get(0))));
    }

    @Test
    void warnsWithThePositionWhenRemovingInvisibleCharacters() {
        Diagnostics diagnostics = new Diagnostics();
        new TypographyNormalizer().apply(book(Optional.empty(), "T", paragraph(new Inline.Text("a\u200Bb\u0000"))),
                diagnostics);
        List<Problem> warnings = diagnostics.warnings();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).toString().startsWith("seeds/a.md:4: removed 2 zero-width or control"),
                warnings.get(0).toString());
        assertTrue(diagnostics.errors().isEmpty());
    }

    @Test
    void countsChangesPerChapterPerRule() {
        Anthology in = book(Optional.empty(), "T", paragraph(new Inline.Text("\"It's\" -- a  test...")));
        TypographyNormalizer.Result result = new TypographyNormalizer().normalize(in, new Diagnostics());
        TypographyReport report = result.report();
        assertEquals(2, report.count("ch01", TypographyReport.Rule.QUOTES));
        assertEquals(1, report.count("ch01", TypographyReport.Rule.APOSTROPHES));
        assertEquals(1, report.count("ch01", TypographyReport.Rule.DASHES));
        assertEquals(1, report.count("ch01", TypographyReport.Rule.ELLIPSES));
        assertEquals(1, report.count("ch01", TypographyReport.Rule.SPACES));
        assertEquals(0, report.count("ch01", TypographyReport.Rule.FRENCH_SPACING));
        assertEquals(0, new TypographyNormalizer().normalize(result.book(), new Diagnostics()).report()
                .chapters().get("ch01").size());
    }

    @Test
    void theChainReportsTheTalliesOfTheRunThatSetTheText() {
        // The heading normalizer drops the repeated title first, so its quotes are never counted.
        Anthology in = book(Optional.empty(), "\"T\"", new Block.Heading(1, List.of(new Inline.Text("\"T\"")), "",
                Fixtures.at("seeds/a.md", 1)), paragraph(new Inline.Text("It's")));

        Normalizers.Normalized out = Normalizers.standard().normalize(in, new Diagnostics());

        assertEquals(2, out.typography().count("ch01", TypographyReport.Rule.QUOTES));
        assertEquals(1, out.typography().count("ch01", TypographyReport.Rule.APOSTROPHES));
    }

    @Test
    void runsInTheStandardChainWithoutDisturbingAnchors() {
        Anthology out = Normalizers.standard().apply(Fixtures.twoChapterBook(), new Diagnostics());
        assertEquals("ch01-early-days", ((Block.Heading) out.chapters().get(0).blocks().get(1)).id());
        assertEquals(new Block.CodeBlock("java", "if (a < b && c > d) {\n    run();\n}", Fixtures.at("seeds/02.md", 8)),
                out.chapters().get(1).blocks().get(2));
    }
}
