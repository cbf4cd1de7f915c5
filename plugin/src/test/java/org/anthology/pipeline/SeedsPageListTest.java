package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.anthology.BookCheck;
import org.anthology.edition.epub.EpubCheckResult;
import org.anthology.edition.epub.EpubChecker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the seeds book in both formats and checks that the EPUB carries the PDF's pages. */
@BookCheck
class SeedsPageListTest {

    private static final Pattern MARKER = Pattern.compile(
            "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"(page-[^\"]+)\" aria-label=\"([^\"]+)\"");
    private static final Pattern PAGE_LINK = Pattern.compile("<li><a href=\"([^\"#]+)#([^\"]+)\">([^<]+)</a></li>");

    @TempDir
    static Path out;

    @TempDir
    static Path epubOnly;

    @BeforeAll
    static void buildTheBook() throws IOException {
        Outcome both = new AnthologyPipeline(new RecordingLog()).run(SeedsBookTest.settings(out));
        assertFalse(both.failed(), both.problemSummary());
        Outcome alone = new AnthologyPipeline(new RecordingLog()).run(SeedsBookTest.settings(epubOnly).toBuilder()
                .formats(Set.of(Format.EPUB)).build());
        assertFalse(alone.failed(), alone.problemSummary());
    }

    @Test
    void pageListLabelsAreThePdfsPrintedBodyPageNumbers() throws IOException {
        List<String> listed = new ArrayList<>(pageList(out).keySet());
        assertFalse(listed.isEmpty());
        assertEquals(bodyPageLabels(out.resolve("seeds-book.pdf")), listed);
    }

    @Test
    void everyBodyPageHasOneMarkerInTheFileThePageListLinksTo() throws IOException {
        Map<String, String> markers = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(out.resolve("seeds-book.epub").toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".xhtml")).toList()) {
                Matcher m = MARKER.matcher(new String(zip.getInputStream(entry).readAllBytes(),
                        StandardCharsets.UTF_8));
                while (m.find()) {
                    String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    assertEquals(null, markers.put(m.group(1), file + " " + m.group(2)), "duplicate " + m.group(1));
                }
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        pageList(out).forEach((label, target) -> expected.put(target[1], target[0] + " " + label));
        assertEquals(bodyPageLabels(out.resolve("seeds-book.pdf")).size(), markers.size());
        assertEquals(expected, markers);
    }

    @Test
    void packageNamesThePageBreakSource() throws IOException {
        String opf = entry(out, "OEBPS/content.opf");
        assertTrue(opf.contains("<meta property=\"pageBreakSource\">"), opf);
        assertTrue(opf.contains(">pageBreakMarkers<"), opf);
    }

    @Test
    void epubWithPageBreaksPassesEpubCheckWithoutErrorsOrWarnings() {
        EpubCheckResult result = EpubChecker.check(out.resolve("seeds-book.epub"));
        assertTrue(result.isClean(), result.toString());
    }

    @Test
    void epubBuiltAloneHasNoPageList() throws IOException {
        assertTrue(pageList(epubOnly).isEmpty());
        assertFalse(entry(epubOnly, "OEBPS/content.opf").contains("pageBreakSource"));
    }

    /** The PDF's page labels that are arabic numbers: those of its body. */
    private static List<String> bodyPageLabels(Path pdfFile) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            return java.util.Arrays.stream(pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices())
                    .filter(label -> label.matches("\\d+")).toList();
        }
    }

    /** The page-list nav's links: label to file and marker id. */
    private static Map<String, String[]> pageList(Path folder) throws IOException {
        String nav = entry(folder, "OEBPS/book.nav.xhtml");
        Map<String, String[]> links = new LinkedHashMap<>();
        int start = nav.indexOf("epub:type=\"page-list\"");
        if (start < 0) {
            return links;
        }
        Matcher m = PAGE_LINK.matcher(nav.substring(start, nav.indexOf("</nav>", start)));
        while (m.find()) {
            links.put(m.group(3), new String[] {m.group(1), m.group(2)});
        }
        return links;
    }

    private static String entry(Path folder, String name) throws IOException {
        try (ZipFile zip = new ZipFile(folder.resolve("seeds-book.epub").toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
