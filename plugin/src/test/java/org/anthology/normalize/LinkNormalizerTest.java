package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

class LinkNormalizerTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private static Inline.Link link(String target) {
        return new Inline.Link(target, List.of(new Inline.Text("see")));
    }

    private List<Inline> normalize(Inline.Link link) {
        Chapter one = new Chapter("ch01", "One", Optional.empty(), Optional.empty(), List.of(
                new Block.Paragraph(List.of(link), Fixtures.at("texts/01-one.md", 3))), Fixtures.at("texts/01-one.md", 1));
        Chapter two = new Chapter("ch02", "Two", Optional.empty(), Optional.empty(), List.of(
                new Block.Heading(2, List.of(new Inline.Text("A Section")), "ch02-a-section",
                        Fixtures.at("texts/sub/02-two.md", 4))), Fixtures.at("texts/sub/02-two.md", 1));
        Anthology book = new LinkNormalizer().apply(new Anthology(Fixtures.metadata("B"), List.of(one, two)),
                diagnostics);
        return ((Block.Paragraph) book.chapters().get(0).blocks().get(0)).content();
    }

    @Test
    void pointsALinkToAnotherManuscriptAtItsChapter() {
        assertEquals(List.of(link("#ch02")), normalize(link("sub/02-two.md")));
        assertEquals(List.of(link("#ch02-a-section")), normalize(link("./sub/../sub/02-two.md#a-section")));
    }

    @Test
    void leavesLinksWithASchemeAlone() {
        assertEquals(List.of(link("https://example.org/x.md")), normalize(link("https://example.org/x.md")));
        assertEquals(List.of(link("mailto:a@b.org")), normalize(link("mailto:a@b.org")));
    }

    @Test
    void setsALinkToAFileOutsideTheBookAsPlainTextWithAWarning() {
        assertEquals(List.of(new Inline.Text("see")), normalize(link("../notes/missing.md")));
        assertEquals("texts/01-one.md:3: link to '../notes/missing.md' points to nothing in the book and was set as "
                + "plain text. Link to a chapter's file or a heading, or to a full URL",
                diagnostics.warnings().get(0).toString());
    }

    @Test
    void dropsAFragmentThatNamesNoHeading() {
        assertEquals(List.of(new Inline.Text("see")), normalize(link("#no-such-heading")));
        assertTrue(diagnostics.warnings().get(0).toString().contains("'#no-such-heading'"));
    }

    @Test
    void findsAHeadingByTheAnchorGithubGivesIt() {
        // GitHub numbers a repeated heading from 1 and keeps letters it does not know as ASCII; the book's ids differ.
        Chapter chapter = new Chapter("ch01", "One", Optional.empty(), Optional.empty(), List.of(
                new Block.Heading(2, List.of(new Inline.Text("Notes")), "ch01-notes", Fixtures.at("texts/01.md", 2)),
                new Block.Heading(2, List.of(new Inline.Text("Notes")), "ch01-notes-2", Fixtures.at("texts/01.md", 4)),
                new Block.Heading(2, List.of(new Inline.Text("Zürich, 1916")), "ch01-zurich-1916",
                        Fixtures.at("texts/01.md", 6)),
                new Block.Paragraph(List.of(link("#notes-1"), link("#z%C3%BCrich-1916"), link("#notes-3")),
                        Fixtures.at("texts/01.md", 8))), Fixtures.at("texts/01.md", 1));
        Anthology book = new LinkNormalizer().apply(new Anthology(Fixtures.metadata("B"), List.of(chapter)),
                diagnostics);
        assertEquals(List.of(link("#ch01-notes-2"), link("#ch01-zurich-1916"), new Inline.Text("see")),
                ((Block.Paragraph) book.chapters().get(0).blocks().get(3)).content());
    }
}
