package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.anthology.model.Block;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.PerChapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SetAheadTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final FontSet FONTS = new FontSet(THEME);

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void givesTheFlowAParagraphSetAheadForTheSameRecipeAndMeasureOnce() throws InterruptedException {
        ParagraphRecipe recipe = recipe(recipeBlock, false);
        CountDownLatch offered = new CountDownLatch(1);
        try (SetAhead ahead = SetAhead.start(PerChapter.on(thread), each -> {
            each.offer(SetAhead.ordinal(0, 3), recipe(recipeBlock, false), preset(200f));
            offered.countDown();
        })) {
            assertTrue(offered.await(10, TimeUnit.SECONDS));
            assertEquals(Optional.empty(), ahead.take(recipe(paragraph(), false), 200f), "another block");
            assertEquals(Optional.empty(), ahead.take(recipe(recipeBlock, true), 200f), "another style");
            assertTrue(ahead.take(recipe, 200f).isPresent());
            assertEquals(Optional.empty(), ahead.take(recipe, 200f), "taken once");
            assertEquals(1, ahead.taken());
        }
    }

    @Test
    void givesTheFlowANoteOfTheSameChapterSetAtTheFootsMeasureOnceUntilItPassesItsReference()
            throws InterruptedException {
        CountDownLatch offered = new CountDownLatch(1);
        try (SetAhead ahead = SetAhead.start(PerChapter.on(thread), each -> {
            each.offerNote(SetAhead.ordinal(2, 3), 2, "n1", note(300f));
            each.offerNote(SetAhead.ordinal(2, 3), 2, "n2", note(300f));
            each.offerNote(SetAhead.ordinal(2, 4), 2, "n3", note(300f));
            offered.countDown();
        })) {
            assertTrue(offered.await(10, TimeUnit.SECONDS));
            assertEquals(Optional.empty(), ahead.takeNote(1, "n1", 300f), "another chapter's note of that id");
            assertEquals(Optional.empty(), ahead.takeNote(2, "n1", 299f), "set at another measure");
            assertTrue(ahead.takeNote(2, "n2", 300f).isPresent());
            assertEquals(Optional.empty(), ahead.takeNote(2, "n2", 300f), "taken once");
            ahead.reached(2, 4);
            assertEquals(Optional.empty(), ahead.takeNote(2, "n1", 300f),
                    "forgotten once the flow is past the block that references it");
            assertTrue(ahead.takeNote(2, "n3", 300f).isPresent(), "the note of the block the flow is at is kept");
            assertEquals(2, ahead.notesTaken());
        }
    }

    @Test
    void refusesAParagraphSetAtAnotherMeasure() throws InterruptedException {
        CountDownLatch offered = new CountDownLatch(1);
        try (SetAhead ahead = SetAhead.start(PerChapter.on(thread), each -> {
            each.offer(SetAhead.ordinal(0, 1), recipe(recipeBlock, false), preset(200f));
            offered.countDown();
        })) {
            assertTrue(offered.await(10, TimeUnit.SECONDS));
            assertEquals(Optional.empty(), ahead.take(recipe(recipeBlock, false), 201f));
        }
    }

    @Test
    void forgetsWhatTheFlowHasPassedAndSkipsIt() throws InterruptedException {
        CountDownLatch offered = new CountDownLatch(1);
        AtomicBoolean admitted = new AtomicBoolean(true);
        CountDownLatch passed = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);
        try (SetAhead ahead = SetAhead.start(PerChapter.on(thread), each -> {
            each.offer(SetAhead.ordinal(0, 1), recipe(recipeBlock, false), preset(200f));
            offered.countDown();
            await(passed);
            admitted.set(each.admit(SetAhead.ordinal(0, 4)));
            asked.countDown();
        })) {
            assertTrue(offered.await(10, TimeUnit.SECONDS));
            ahead.reached(0, 5);
            passed.countDown();
            assertTrue(asked.await(10, TimeUnit.SECONDS));
            assertEquals(Optional.empty(), ahead.take(recipe(recipeBlock, false), 200f));
        }
        assertEquals(false, admitted.get(), "block 4 is behind the flow");
    }

    @Test
    void waitsWhileItHoldsItsLimitUntilTheFlowTakesOne() throws InterruptedException {
        AtomicInteger set = new AtomicInteger();
        List<ParagraphRecipe> recipes = List.of(recipe(paragraph(), false), recipe(paragraph(), false),
                recipe(paragraph(), false));
        try (SetAhead ahead = SetAhead.start(PerChapter.on(thread), 2, each -> {
            for (int i = 0; i < recipes.size(); i++) {
                if (each.admit(SetAhead.ordinal(1, i))) {
                    each.offer(SetAhead.ordinal(1, i), recipes.get(i), preset(100f));
                    set.incrementAndGet();
                }
            }
        })) {
            waitFor(() -> set.get() == 2);
            Thread.sleep(50);
            assertEquals(2, set.get(), "the third waits for room");
            assertTrue(ahead.take(recipes.get(0), 100f).isPresent());
            waitFor(() -> set.get() == 3);
        }
    }

    @Test
    void closesAtOnceWhenItsTaskNeverStartedAndTheTaskThenSetsNothing() throws InterruptedException {
        CountDownLatch busy = new CountDownLatch(1);
        thread.execute(() -> await(busy));
        AtomicBoolean ran = new AtomicBoolean();
        SetAhead ahead = SetAhead.start(PerChapter.on(thread), each -> ran.set(true));
        ahead.close();
        busy.countDown();
        thread.shutdown();
        assertTrue(thread.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(false, ran.get());
    }

    @Test
    void setsNothingWithoutAThreadToSpare() {
        AtomicBoolean ran = new AtomicBoolean();
        try (SetAhead ahead = SetAhead.start(PerChapter.sequential(), each -> ran.set(true))) {
            assertEquals(Optional.empty(), ahead.take(recipe(recipeBlock, false), 200f));
        }
        assertEquals(false, ran.get());
    }

    @Test
    void keepsWhatItSetBeforeItsWorkFailedAndStopsQuietly() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(1);
        try (SetAhead ahead = SetAhead.start(PerChapter.on(thread), each -> {
            each.offer(SetAhead.ordinal(0, 1), recipe(recipeBlock, false), preset(200f));
            failed.countDown();
            throw new IllegalStateException("cannot set this paragraph");
        })) {
            assertTrue(failed.await(10, TimeUnit.SECONDS));
            waitFor(() -> ahead.take(recipe(recipeBlock, false), 200f).isPresent());
        }
    }

    @Test
    void closingStopsATaskThatWaitsForRoom() throws InterruptedException {
        AtomicBoolean stopped = new AtomicBoolean();
        CountDownLatch waiting = new CountDownLatch(1);
        SetAhead ahead = SetAhead.start(PerChapter.on(thread), 1, each -> {
            each.offer(SetAhead.ordinal(0, 1), recipe(paragraph(), false), preset(100f));
            waiting.countDown();
            try {
                each.admit(SetAhead.ordinal(0, 2));
            } catch (SetAhead.Closed e) {
                stopped.set(true);
                throw e;
            }
        });
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        ahead.close();
        assertTrue(stopped.get(), "close returns once the task has stopped");
    }

    private final Block.Paragraph recipeBlock = paragraph();

    private static Block.Paragraph paragraph() {
        return new Block.Paragraph(List.of(new Inline.Text("Words to set.")), Fixtures.at("a.md", 1));
    }

    private static ParagraphRecipe recipe(Block.Paragraph block, boolean follows) {
        return new ParagraphRecipe(block, block.content(), new ParagraphRecipe.Style(THEME, FONTS, Optional.empty(),
                0f, 1f, follows), Paragraph::new);
    }

    private static SetAhead.Preset preset(float width) {
        return new SetAhead.Preset(List.of(), width, 0, List.of(), List.of());
    }

    private static SetAhead.NotePreset note(float width) {
        return new SetAhead.NotePreset(Optional.of(List.of()), width, List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(5);
        }
    }
}
