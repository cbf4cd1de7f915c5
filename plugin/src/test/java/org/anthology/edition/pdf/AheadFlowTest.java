package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.HyphenationEvent;
import com.lowagie.text.pdf.PdfName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.PerChapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paragraphs set ahead on another thread are those the page flow would set itself: for a book with headings,
 * lists, quotations, notes, right-to-left text, pictures and tables, every paragraph the look-ahead set is found by
 * the flow's own recipe and sets into the same lines, runs, styles and statistics as the flow's own setting.
 */
class AheadFlowTest {

    @TempDir
    Path folder;

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void setsEveryParagraphItTakesOnAsTheFlowSetsIt() throws IOException, InterruptedException {
        Anthology book = VariedBook.book(folder);
        PdfTheme theme = PdfTheme.defaults();
        FontSet fonts = new FontSet(theme);
        float width = theme.textWidth();
        CountDownLatch done = new CountDownLatch(1);
        FontSet aheadFonts = fonts.confined();
        try (SetAhead ahead = SetAhead.start(PerChapter.on(thread), Integer.MAX_VALUE, each -> {
            try {
                new AheadFlow(each, width).chapters(theme, aheadFonts, book);
            } finally {
                done.countDown();
            }
        })) {
            assertTrue(done.await(60, TimeUnit.SECONDS), "the look-ahead did not finish");
            Checking flow = new Checking(ahead, width);
            Map<String, Optional<HyphenationEvent>> patterns = new HashMap<>();
            for (Chapter chapter : book.chapters()) {
                String language = chapter.language().orElse(book.metadata().language());
                Optional<HyphenationEvent> breaker = patterns.computeIfAbsent(language,
                        PatternHyphenation::forLanguage);
                new BlockRenderer(theme, fonts, breaker, 0f, flow).render(chapter.blocks().stream()
                        .filter(block -> !(block instanceof Block.Note)).toList());
            }
            assertEquals(List.of(), flow.missed, "paragraphs the look-ahead could set but the flow did not find");
            assertTrue(flow.found > 100, "too few paragraphs set ahead: " + flow.found);
            assertTrue(flow.declined >= 3, "the pictures, line breaks and right-to-left items should be left");
        }
    }

    @Test
    void leavesParagraphsWithPicturesAndLineBreaksToTheFlow() throws IOException {
        Anthology book = VariedBook.book(folder);
        long settable = org.anthology.model.Walk.blocks(book.chapters().stream().flatMap(c -> c.blocks().stream())
                .toList(), Block.Paragraph.class).stream().filter(p -> !AheadFlow.settable(p.content())).count();
        assertEquals(2, settable, "a picture paragraph and a paragraph with a line break");
    }

    /** A flow that takes each paragraph set ahead and checks it against its own setting of the same recipe. */
    private static final class Checking implements Flow {
        private final SetAhead ahead;
        private final float width;
        private final List<String> missed = new ArrayList<>();
        private int found;
        private int declined;

        Checking(SetAhead ahead, float width) {
            this.ahead = ahead;
            this.width = width;
        }

        @Override
        public void add(Element element) {
        }

        @Override
        public void addTable(TableLayout layout, Block.Table table) {
        }

        @Override
        public void addHeading(Supplier<Paragraph> make) {
            check(make, false);
        }

        @Override
        public void addParagraph(Supplier<Paragraph> make) {
            check(make, false);
        }

        @Override
        public void addItem(Supplier<Paragraph> make, List<Chunk> marker) {
            check(make, !marker.isEmpty());
        }

        private void check(Supplier<Paragraph> make, boolean marked) {
            if (!(make instanceof ParagraphRecipe recipe)) {
                return;
            }
            List<String> counted = new ArrayList<>();
            ParagraphSetter own = new ParagraphSetter((lines, pass) -> counted.add(pass + " " + lines(lines)));
            Paragraph paragraph = make.get();
            List<SetParagraph> parts = own.parts(paragraph, width);
            Optional<SetAhead.Preset> preset = ahead.take(make, width);
            boolean rightToLeftItem = marked && TextDirection.ofParagraph(paragraph)
                    == com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_RTL;
            if (preset.isEmpty()) {
                if (AheadFlow.settable(recipe.content()) && !rightToLeftItem && !parts.isEmpty()) {
                    missed.add(recipe.toString());
                } else {
                    declined++;
                }
                return;
            }
            found++;
            List<String> told = new ArrayList<>();
            List<SetParagraph> taken = preset.get().use((lines, pass) -> told.add(pass + " " + lines(lines)));
            assertEquals(parts(parts), parts(taken), recipe.toString());
            assertEquals(counted, told, recipe.toString());
            assertEquals(Footnotes.referencedIn(paragraph), preset.get().notes(), recipe.toString());
        }
    }

    private static String parts(List<SetParagraph> parts) {
        StringBuilder out = new StringBuilder();
        for (SetParagraph part : parts) {
            out.append(part.leading()).append(' ').append(part.spacingBefore()).append(' ')
                    .append(part.spacingAfter()).append(' ').append(part.indent()).append(' ')
                    .append(runs(part.marker())).append('\n').append(lines(part.lines()));
        }
        return out.toString();
    }

    private static String lines(List<SetLine> lines) {
        StringBuilder out = new StringBuilder();
        for (SetLine line : lines) {
            out.append(line.ratio()).append(' ').append(line.hyphenated()).append(' ').append(line.last())
                    .append(' ').append(line.notes()).append(": ").append(runs(line.runs())).append('\n');
        }
        return out.toString();
    }

    /** Each run with its place and every part of its style that is drawn; faces by identity. */
    private static String runs(List<SetLine.Placed> runs) {
        StringBuilder out = new StringBuilder();
        for (SetLine.Placed run : runs) {
            TextStyle style = run.style();
            out.append('[').append(run.text()).append(" x=").append(run.x()).append(" w=").append(run.width())
                    .append(run.spaced() ? " spaced" : "").append(" face=")
                    .append(System.identityHashCode(style.font())).append(' ').append(style.size()).append(' ')
                    .append(style.colour()).append(" rise=").append(style.rise()).append(" goto=")
                    .append(style.goTo()).append(" uri=")
                    .append(style.action() == null ? null : style.action().get(PdfName.URI)).append(" dest=")
                    .append(style.destination()).append(" note=").append(style.note()).append(" tag=")
                    .append(style.tag()).append(" rule=").append(java.util.Arrays.toString(style.rule()))
                    .append(" picture=").append(style.picture() != null).append(']');
        }
        return out.toString();
    }
}
