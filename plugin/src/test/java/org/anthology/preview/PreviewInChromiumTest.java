package org.anthology.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.anthology.pipeline.BuildLog;
import org.anthology.pipeline.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.anthology.BookCheck;

/**
 * The live preview in a real browser: Debian's headless Chromium opens a chapter, the manuscript changes on disk,
 * and the page shows the new text without anyone reloading it. Skipped, saying why, where Chromium or its driver
 * is not installed ({@code apt-get install chromium chromium-driver}).
 */
@BookCheck
class PreviewInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void aChangedManuscriptShowsOnTheOpenPageByItself(@TempDir Path book, @TempDir Path profile) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        Path manuscript = book.resolve("texts/night-train.md");
        Files.createDirectories(manuscript.getParent());
        Files.writeString(manuscript, "# Night Train\n\nThe first version of the story.\n", StandardCharsets.UTF_8);
        try (PreviewLoop loop = new PreviewLoop(TestSettings.in(book), new QuietLog(), 0)) {
            Thread watcher = new Thread(() -> run(loop), "preview-watch");
            watcher.start();
            WebDriver browser = chromium(profile);
            try {
                openPageContaining(browser, loop.address().toString(), "The first version of the story.");
                Object rules = ((JavascriptExecutor) browser).executeScript(
                        "return Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0);");
                assertTrue(((Number) rules).intValue() > 0, "the page has the book's style sheet");

                Files.writeString(manuscript, "# Night Train\n\nThe second, longer version of the story.\n",
                        StandardCharsets.UTF_8);
                waitForText(browser, "The second, longer version of the story.", Duration.ofSeconds(60));
                assertTrue(!bodyText(browser).contains("first version"));
            } finally {
                browser.quit();
                watcher.interrupt();
                watcher.join(10_000);
            }
            assertPdfServed(loop.address().resolve("/book.pdf").toString());
        }
    }

    private static void openPageContaining(WebDriver browser, String index, String text) {
        browser.get(index);
        List<String> pages = browser.findElements(By.cssSelector("li a")).stream()
                .map(a -> a.getDomProperty("href")).toList();
        for (String page : pages) {
            browser.get(page);
            WebElement body = browser.findElement(By.tagName("body"));
            if (body.getText().contains(text)) {
                return;
            }
        }
        throw new AssertionError("no page of " + pages + " shows '" + text + "'");
    }

    private static void waitForText(WebDriver browser, String text, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!bodyText(browser).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page never showed '" + text + "'; it shows: " + bodyText(browser));
            }
            Thread.sleep(200);
        }
    }

    /** The page's text, or nothing while the page is between an unload and the next load. */
    private static String bodyText(WebDriver browser) {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (WebDriverException reloading) {
            return "";
        }
    }

    private static void assertPdfServed(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(java.net.URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("%PDF", new String(response.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the machine's network is closed: without the background-networking flags Chromium keeps dialling out
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        return new ChromeDriver(service, options);
    }

    private static void run(PreviewLoop loop) {
        try {
            loop.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The pipeline's progress lines are not what this test is about. */
    private static final class QuietLog implements BuildLog {
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
            System.err.println(message);
        }
    }
}
