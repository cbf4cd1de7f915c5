package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input built to break the build gets a book or a {@code file:line} problem, never an exception out of the build. */
class HostileInputTest {

    @TempDir
    Path base;

    private HostileBook book;

    @BeforeEach
    void book() {
        book = new HostileBook(base);
    }

    private void text(String name, String content) throws IOException {
        book.text("texts/" + name, content);
    }

    private Outcome run() throws IOException {
        return book.build().outcome();
    }

    private void assertOneBugAt(Outcome outcome, String position, String stage) {
        assertTrue(outcome.failed());
        assertTrue(outcome.bug().isPresent(), "the exception is kept for mvn -e");
        assertTrue(outcome.editions().isEmpty());
        List<String> errors = outcome.problems().stream().map(Object::toString).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith(position + ": unexpected failure while " + stage), errors::toString);
        assertTrue(errors.get(0).contains("This is a bug in Anthology"), errors::toString);
        assertFalse(errors.get(0).contains("\n"), "one line");
    }

    @Test
    void reportsQuotationsNestedPastTheStackAtTheirManuscript() throws IOException {
        text("1-deep.md", "# Deep\n\n" + ">".repeat(3000) + " deep words here\n");

        Outcome outcome = run();

        assertOneBugAt(outcome, "texts/1-deep.md:1", "reading the manuscripts");
        Throwable root = outcome.bug().get();
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof StackOverflowError, outcome.bug()::toString);
        assertTrue(book.log().stream().anyMatch(line -> line.startsWith("ERROR")
                && line.contains("texts/1-deep.md:1: unexpected failure")), book.log()::toString);
    }

    @Test
    void buildsALongInlineCommentLeavingItOut() throws IOException {
        text("1-a.md", "# Fine\n\nText.\n");
        text("2-comment.md", "# Comment\n\nSome text <!-- " + "xq yq ".repeat(2000) + " --> after.\n");

        Outcome outcome = run();

        assertFalse(outcome.failed(), outcome::problemSummary);
        String letters = EpubText.letters(base.resolve("out/book.epub"));
        assertTrue(letters.contains("sometextafter"), letters);
        assertFalse(letters.contains("xqyq"), "the comment is left out");
    }

    @Test
    void buildsDeeplyNestedListsOrReportsThemAtTheirManuscript() throws IOException {
        text("1-a.md", "# Fine\n\nText.\n");
        text("2-lists.md", "# Lists\n\n" + "* ".repeat(400) + "item\n");

        Outcome outcome = run();

        // Whether the stack suffices depends on the thread a stage runs on; either way nothing escapes.
        if (outcome.failed()) {
            assertEquals(1, outcome.problems().size(), outcome::problemSummary);
            assertTrue(outcome.problems().get(0).toString().startsWith("texts/2-lists.md:1: unexpected failure"),
                    outcome::problemSummary);
        }
    }

    @Test
    void locatesAStackOverflowInNormalizingAtTheDeepestChapter() {
        List<org.anthology.model.Block> deep = List.of(new org.anthology.model.Block.Paragraph(
                List.of(new org.anthology.model.Inline.Text("x")), org.anthology.model.Fixtures.at("texts/b.md", 3)));
        for (int i = 0; i < 50; i++) {
            deep = List.of(new org.anthology.model.Block.BlockQuote(deep, org.anthology.model.Fixtures.at("texts/b.md", 3)));
        }

        assertEquals(51, UnexpectedFailure.depth(deep));
    }

    @Test
    void buildsFiveHundredNestedQuotations() throws IOException {
        text("1-deep.md", "# Deep\n\n" + "> ".repeat(500) + " deep words here\n");

        Outcome outcome = run();

        assertFalse(outcome.failed(), outcome::problemSummary);
        assertTrue(Files.isRegularFile(base.resolve("out/book.epub")));
    }

    @Test
    void buildsOneBookTwiceAtOnceWithoutEitherFailing() throws Exception {
        text("1-a.md", "# Alpha\n\nText of the first chapter.\n");
        Settings settings = TestSettings.in(base, java.util.Optional.empty(), true, false);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Outcome> build = () -> {
                start.await();
                return new AnthologyPipeline(new RecordingLog()).run(settings);
            };
            var first = pool.submit(build);
            var second = pool.submit(build);
            start.countDown();
            assertFalse(first.get().failed(), first.get()::problemSummary);
            assertFalse(second.get().failed(), second.get()::problemSummary);
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.walk(base.resolve("out"))) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
        }
        assertTrue(book.build().outcome().upToDate(), "the stamp is whole");
    }
}
