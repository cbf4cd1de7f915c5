package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.PerChapter;
import org.anthology.model.SourcePosition;
import org.anthology.model.Walk;
import org.anthology.source.ContentsFile;
import org.anthology.source.Manuscripts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain run with each chapter's headings, anchors, notes, links and typography done on the build's threads makes
 * the same book, and reports the same lines in the same order, as the chain run on one thread, also where two
 * chapters would make the same id if each kept its ids apart from its own alone.
 */
class NormalizersOnThreadsTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(3);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void makesTheBookAndTheReportOfOneThread() throws IOException {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        for (int i = 1; i <= 6; i++) {
            Files.writeString(texts.resolve(String.format("%02d-c.md", i)), chapter(i), StandardCharsets.UTF_8);
        }
        Diagnostics read = new Diagnostics();
        List<Chapter> chapters = new Manuscripts(dir, StandardCharsets.UTF_8).read(texts, ContentsFile.empty(), read);
        Anthology book = new Anthology(Fixtures.metadata("Threads"), chapters);

        // Numbering stripped, so each chapter's headings give a decision of their own.
        NormalizationOptions options = new NormalizationOptions(true, TypographyNormalizer.Options.defaults());
        Diagnostics one = new Diagnostics();
        Normalizers.Normalized alone = Normalizers.standard(options).normalize(book, one);
        Diagnostics many = new Diagnostics();
        Normalizers.Normalized threaded = Normalizers.standard(options, PerChapter.on(executor)).normalize(book, many);

        assertEquals(alone.book(), threaded.book());
        assertEquals(one.problems().stream().map(Object::toString).toList(),
                many.problems().stream().map(Object::toString).toList());
        assertEquals(one.decisions(), many.decisions());
        // The book is one that tells: notes paired, links resolved and broken ones reported, in every chapter.
        assertEquals(6 * 3, many.warnings().size(), many.warnings().toString());
        assertTrue(many.warnings().stream().map(Object::toString).toList().contains("texts/06-c.md:11: link to "
                + "'nowhere.md' points to nothing in the book and was set as plain text. Link to a chapter's file or a "
                + "heading, or to a full URL"), many.warnings().toString());
        assertTrue(headingIds(threaded.book()).contains("ch06-notes-2"), headingIds(threaded.book()).toString());
        assertTrue(headingIds(threaded.book()).contains("ch06-numbered"), headingIds(threaded.book()).toString());
        assertEquals(6, many.decisions().stream().filter(d -> d.toString().contains("heading numbered")).count(),
                many.decisions().toString());
    }

    private static String chapter(int n) {
        String next = String.format("%02d-c.md", n % 6 + 1);
        return "# Chapter " + n + "\n\n"
                + "## Notes\n\nA claim[^a] and \"another\"[^b] -- said twice[^a].\n\n"
                + "## Notes\n\nSee [the next](" + next + "#notes-1) and [the first](#notes).\n\n"
                + "A [broken link](nowhere.md) and a missing note[^gone].\n\n"
                + "## " + n + ". Numbered\n\nIts numbering is stripped.\n\n"
                + "[^a]: The first note.\n[^b]: The second note.\n[^unused]: Never referenced.\n";
    }

    @Test
    void keepsIdsApartAcrossChaptersWhoseIdsAllowAClash() {
        // Chapter "a" makes "a-b-c" for its heading "B c", and chapter "a-b" the same for its heading "C".
        Chapter a = chapter("a", heading("B c", ""), heading("B c", ""));
        Chapter ab = chapter("a-b", heading("C", ""), heading("C", ""));
        Anthology book = new Anthology(Fixtures.metadata("Clash"), List.of(a, ab));

        for (PerChapter tasks : List.of(PerChapter.sequential(), PerChapter.on(executor))) {
            Anthology out = new AnchorNormalizer(tasks).apply(book, new Diagnostics());
            assertEquals(List.of("a-b-c", "a-b-c-2", "a-b-c-3", "a-b-c-4"), headingIds(out));
        }
    }

    @Test
    void keepsANoteIdApartFromAnotherChaptersHeading() {
        SourcePosition at = Fixtures.at("a.md", 2);
        Block.Paragraph claim = new Block.Paragraph(List.of(new Inline.Text("claim"),
                new Inline.NoteReference("x", "")), at);
        Block.Note note = new Block.Note("x", "", List.of(new Block.Paragraph(List.of(new Inline.Text("n")), at)),
                at);
        Chapter a = chapter("a", claim, note);
        Chapter b = chapter("b", heading("X", "a-note-x"));
        Anthology book = new Anthology(Fixtures.metadata("Clash"), List.of(a, b));

        for (PerChapter tasks : List.of(PerChapter.sequential(), PerChapter.on(executor))) {
            Diagnostics diagnostics = new Diagnostics();
            Anthology out = new NoteNormalizer(tasks).apply(book, diagnostics);
            assertEquals("a-note-x-2", ((Block.Note) out.chapters().get(0).blocks().get(1)).id());
            assertEquals(List.of(), diagnostics.problems());
        }
    }

    private static Chapter chapter(String id, Block... blocks) {
        return new Chapter(id, id, Optional.empty(), Optional.empty(), List.of(blocks), Fixtures.at(id + ".md", 1));
    }

    private static Block.Heading heading(String text, String id) {
        return new Block.Heading(2, List.of(new Inline.Text(text)), id, Fixtures.at("h.md", 1));
    }

    private static List<String> headingIds(Anthology book) {
        return book.chapters().stream().flatMap(c -> Walk.blocks(c.blocks(), Block.Heading.class).stream())
                .map(Block.Heading::id).toList();
    }
}
