package org.anthology.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anthology.pipeline.AnthologyPipeline;
import org.anthology.pipeline.BuildLog;
import org.anthology.pipeline.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookPreviewTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesTheEpubPagesWithTheReloadScriptThePdfAndAVersionThatMovesOnARebuild(@TempDir Path book)
            throws IOException, InterruptedException {
        Path manuscript = book.resolve("texts/tide.md");
        Files.createDirectories(manuscript.getParent());
        Files.writeString(manuscript, "# Low Tide\n\nThe water went out.\n", StandardCharsets.UTF_8);
        new AnthologyPipeline(new Silent()).run(TestSettings.in(book));
        try (BookPreview preview = new BookPreview(book.resolve("out/book.epub"), book.resolve("out/book.pdf"),
                "book", 0)) {
            URI site = preview.address();
            String index = get(site.resolve("/")).body();
            assertTrue(index.contains(">Low Tide</a>"), index);
            String chapterLink = index.replaceAll("(?s).*href=\"(/book/[^\"]+)\">Low Tide<.*", "$1");
            HttpResponse<String> chapter = get(site.resolve(chapterLink));
            assertEquals("application/xhtml+xml; charset=utf-8", chapter.headers().firstValue("Content-Type")
                    .orElseThrow());
            assertTrue(chapter.body().contains("The water went out."));
            assertTrue(chapter.body().contains("<script src=\"/__preview/reload.js\"></script></body>"));
            assertTrue(chapter.body().contains("stylesheet"), "the page links the book's style sheet");

            assertEquals("0", get(site.resolve("/__preview/version")).body());
            preview.rebuilt();
            assertEquals("1", get(site.resolve("/__preview/version")).body());
            assertTrue(get(site.resolve("/book.pdf")).body().startsWith("%PDF-"));
            assertEquals(404, get(site.resolve("/book/OEBPS/missing.xhtml")).statusCode());
        }
    }

    @Test
    void anInputWatchSeesAnEditANewFileAndNothingWhenNothingChanged(@TempDir Path texts) throws IOException {
        Files.writeString(texts.resolve("a.md"), "one");
        InputWatch watch = new InputWatch(java.util.List.of(texts, texts.resolve("missing.yaml")));
        assertFalse(watch.changed());
        Files.writeString(texts.resolve("a.md"), "one, two");
        assertTrue(watch.changed());
        assertFalse(watch.changed());
        Files.createDirectories(texts.resolve("part-2"));
        Files.writeString(texts.resolve("part-2/b.md"), "three");
        assertTrue(watch.changed());
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final class Silent implements BuildLog {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }
    }
}
