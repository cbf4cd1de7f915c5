package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Part;
import org.anthology.model.PerChapter;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;

class SourceBoundsImagesTest {

    private static final Path MAP = Path.of("texts/map.png");
    private static final Path FACE = Path.of("texts/face.jpg");

    private static SourcePosition line(int n) {
        return new SourcePosition("texts/ch.md", n);
    }

    private static Block.Paragraph showing(Path file, int n) {
        return new Block.Paragraph(List.of(new Inline.Text("See "), new Inline.Emphasis(List.of(
                new Inline.Image(file, "image/png", "a picture")))), line(n));
    }

    private static Map<Path, SourcePosition> images(Block... blocks) {
        Chapter chapter = new Chapter("ch01", "T", Optional.empty(), Optional.empty(), List.of(blocks), line(1));
        return SourceBounds.images(List.of(chapter), List.<Part>of(), PerChapter.sequential());
    }

    @Test
    void namesTheInnermostBlockThatShowsAnImageNotTheQuoteOrListAroundIt() {
        Block quote = new Block.BlockQuote(List.of(new Block.ListBlock(false, 1, List.of(
                List.of(new Block.Paragraph(List.of(new Inline.Text("no picture")), line(3))),
                List.of(showing(MAP, 4))), line(3))), line(2));
        Map<Path, SourcePosition> found = images(quote);
        assertEquals(Map.of(MAP, line(4)), found);
    }

    @Test
    void namesTheFirstBlockThatShowsEachImageInReadingOrder() {
        Block note = new Block.Note("n1", Optional.empty(), org.anthology.model.Attributes.NONE,
                List.of(new Block.BlockQuote(List.of(showing(FACE, 9)), line(8))), line(8));
        Map<Path, SourcePosition> found = images(
                new Block.Table(List.of(new Block.Table.Row(false, List.of(List.of(
                        new Inline.Image(FACE, "image/jpeg", "a face"))))), line(5)),
                showing(MAP, 6), showing(MAP, 7), note);
        assertEquals(List.of(FACE, MAP), List.copyOf(found.keySet()), "in the order the text first shows them");
        assertEquals(line(5), found.get(FACE), "a table's cell, before the note's paragraph");
        assertEquals(line(6), found.get(MAP));
    }

    @Test
    void namesTheFirstBlockOfTheWholeBookThatShowsEachImageWhenTheChaptersAreWalkedOnThreads() {
        // The later chapters are short, so their walks end first; the first to show an image is still chapter 1's.
        List<Chapter> chapters = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < 3000 / c; i++) {
                blocks.add(new Block.Paragraph(List.of(new Inline.Text("words")), at(c, 1 + i)));
            }
            blocks.add(showing(c % 2 == 0 ? FACE : MAP, at(c, 9000)));
            chapters.add(new Chapter("ch" + c, "T", Optional.empty(), Optional.empty(), blocks, at(c, 1)));
        }
        Path opening = Path.of("texts/part.png");
        Part part = new Part("p", "Part", Optional.empty(), List.of(showing(opening, at(9, 2)), showing(MAP, at(9, 3))),
                List.of("ch1"), at(9, 1));
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            Map<Path, SourcePosition> found = SourceBounds.images(chapters, List.of(part),
                    PerChapter.on(executor));
            assertEquals(List.of(MAP, FACE, opening), List.copyOf(found.keySet()));
            assertEquals(at(1, 9000), found.get(MAP));
            assertEquals(at(2, 9000), found.get(FACE));
            assertEquals(at(9, 2), found.get(opening));
        } finally {
            executor.shutdownNow();
        }
    }

    private static SourcePosition at(int chapter, int line) {
        return new SourcePosition("texts/ch" + chapter + ".md", line);
    }

    private static Block.Paragraph showing(Path file, SourcePosition at) {
        return new Block.Paragraph(List.of(new Inline.Image(file, "image/png", "a picture")), at);
    }
}
