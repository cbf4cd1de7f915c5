package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.anthology.edition.epub.EpubCheckResult;
import org.anthology.edition.epub.EpubChecker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.anthology.BookCheck;

/**
 * Builds a book from each manuscript fixture (Word, web page, EPUB 3 and 2, Markdown with HTML, a poem) and reads
 * both editions back: every word the source shows a reader is in each, the EPUB passes EPUBCheck, and no script,
 * event handler or script URL reaches any of its XHTML files.
 */
@BookCheck
class ManuscriptFormatsTest {

    static final Path FIXTURES = Path.of("src/test/resources/manuscripts");

    @TempDir
    Path base;

    @ParameterizedTest
    @ValueSource(strings = {"letter-from-the-harbour.docx", "evening-gazette.html", "lighthouse-keeper-epub3.epub",
            "salt-roads-epub2.epub", "html-in-markdown.md", "the-tide-clock.txt"})
    void bothEditionsKeepEveryWordAndTheEpubIsCleanAndScriptFree(String fixture) throws IOException {
        Path texts = Files.createDirectories(base.resolve("texts"));
        Files.copy(FIXTURES.resolve(fixture), texts.resolve(fixture));
        Files.copy(FIXTURES.resolve("harbour.png"), texts.resolve("harbour.png"));
        Outcome outcome = new AnthologyPipeline(new RecordingLog()).run(TestSettings.in(base));
        assertFalse(outcome.failed(), outcome.problemSummary());

        Path epub = base.resolve("out/book.epub");
        EpubCheckResult check = EpubChecker.check(epub);
        assertTrue(check.isClean(), check.toString());
        Map<String, String> xhtml = xhtmlFiles(epub);
        StringBuilder epubText = new StringBuilder();
        for (Map.Entry<String, String> file : xhtml.entrySet()) {
            Document doc = Jsoup.parse(file.getValue());
            assertScriptFree(file.getKey(), doc);
            epubText.append(doc.text()).append(' ');
            doc.select("img[alt]").forEach(img -> epubText.append(img.attr("alt")).append(' '));
        }
        String source = Files.readString(FIXTURES.resolve("words/" + fixture + ".txt"), StandardCharsets.UTF_8);
        assertEquals(List.of(), missing(source, epubText.toString()), "words missing from the EPUB of " + fixture);
        assertEquals(List.of(), missing(source, pdfText(base.resolve("out/book.pdf"))),
                "words missing from the PDF of " + fixture);
    }

    private static void assertScriptFree(String name, Document doc) {
        assertTrue(doc.select("script, iframe, object, embed").isEmpty(), name + " has a script or embed");
        for (Element element : doc.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), name + ": event handler "
                        + attribute);
                assertFalse(attribute.getValue().replaceAll("\\s", "").toLowerCase().startsWith("javascript:"),
                        name + ": script URL " + attribute);
            });
        }
    }

    /** The words of {@code source}, with repeats, that {@code edition} has fewer of. */
    static List<String> missing(String source, String edition) {
        Map<String, Integer> have = new HashMap<>();
        words(edition).forEach(w -> have.merge(w, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String word : words(source)) {
            if (have.merge(word, -1, Integer::sum) < 0) {
                missing.add(word);
            }
        }
        return missing;
    }

    static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase()
                .replaceAll("(\\p{L})-\\R(\\p{Ll})", "$1$2").replace("\u00AD", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Map<String, String> xhtmlFiles(Path epub) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (InputStream in = Files.newInputStream(epub); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xhtml")) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    zip.transferTo(bytes);
                    files.put(entry.getName(), bytes.toString(StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
