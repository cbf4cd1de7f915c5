package org.anthology.edition.epub;

import static org.anthology.edition.epub.XmlFiles.el;
import static org.anthology.edition.epub.XmlFiles.entries;
import static org.anthology.edition.epub.XmlFiles.parse;
import static org.anthology.edition.epub.XmlFiles.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.model.Fixtures;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.anthology.BookCheck;

@BookCheck
class EpubBookStructureTest {

    private static final String OPF = "OEBPS/content.opf";

    @TempDir
    Path dir;

    @Test
    void opensWithAGeneratedCoverMarkedAsCoverImage() throws Exception {
        Map<String, byte[]> files = entries(write(Fixtures.twoChapterBook(), EpubOptions.defaults()));
        Document opf = parse(files.get(OPF));
        Document cover = parse(files.get("OEBPS/" + CoverPage.FILE));
        Document svg = parse(files.get("OEBPS/cover.svg"));

        assertEquals(List.of("cover.svg"), strings(opf, "//*[local-name()='item'][@properties='cover-image']/@href"));
        assertEquals(List.of("image/svg+xml"),
                strings(opf, "//*[local-name()='item'][@properties='cover-image']/@media-type"));
        assertEquals("cover", strings(opf, "//*[local-name()='itemref']/@idref").get(0));
        assertEquals(List.of("cover.svg"), strings(cover, "//" + el("img") + "/@src"));
        assertEquals(List.of("Cover: A Test Book. A test anthology. Edited by Ada Editor"),
                strings(cover, "//" + el("img") + "/@alt"));
        assertTrue(strings(svg, "//" + el("text")).containsAll(List.of("A Test Book", "Ada Editor")));
    }

    @Test
    void shipsASuppliedCoverImageInsteadOfGeneratingOne() throws Exception {
        byte[] png = png();
        Anthology book = Fixtures.twoChapterBook();
        EpubOptions options = EpubOptions.defaults().withCover(new EpubOptions.CoverImage(png, "image/png"));
        Map<String, byte[]> files = entries(write(book, options));
        Document opf = parse(files.get(OPF));

        assertArrayEquals(png, files.get("OEBPS/cover.png"));
        assertFalse(files.containsKey("OEBPS/cover.svg"));
        assertEquals(List.of("cover.png"), strings(opf, "//*[local-name()='item'][@properties='cover-image']/@href"));
        assertClean(book, options);
    }

    @Test
    void closesWithAColophonCarryingTheIdentifier() throws Exception {
        Map<String, byte[]> files = entries(write(Fixtures.twoChapterBook(), EpubOptions.defaults()));
        Document opf = parse(files.get(OPF));
        String colophon = String.join("\n", strings(parse(files.get("OEBPS/" + Colophon.FILE)), "//" + el("p")));

        List<String> spine = strings(opf, "//*[local-name()='itemref']/@idref");
        assertEquals("colophon", spine.get(spine.size() - 1));
        for (String expected : List.of("A Test Book: A test anthology", "Edited by Ada Editor.",
                "With texts by Li Wei.", "CC BY 4.0", "Published by Test Press.", "This edition: 2026-11-01.",
                "Identifier: urn:uuid:6f1c2a4e-3b1d-5e2f-8a9b-0c1d2e3f4a5b", "Made with Anthology.")) {
            assertTrue(colophon.contains(expected), expected + " missing from:\n" + colophon);
        }
    }

    @Test
    void navLandmarksPointToCoverTitlePageContentsAndBody() throws Exception {
        Document nav = parse(entries(write(Fixtures.twoChapterBook(), EpubOptions.defaults()))
                .get("OEBPS/" + NavDocument.FILE));
        String landmarks = "//" + el("nav") + "[@*[local-name()='type']='landmarks']//" + el("a");

        assertEquals(List.of("cover", "titlepage", "toc", "bodymatter", "colophon"),
                strings(nav, landmarks + "/@*[local-name()='type']"));
        assertEquals(List.of(CoverPage.FILE, TitlePage.FILE, NavDocument.FILE + "#toc", "ch01.xhtml", Colophon.FILE),
                strings(nav, landmarks + "/@href"));
        assertEquals(List.of("doc-toc"), strings(nav, "//" + el("nav") + "[@*[local-name()='type']='toc']/@role"));
    }

    @Test
    void marksSectionsWithEpubTypesAndAriaRoles() throws Exception {
        Map<String, byte[]> files = entries(write(Fixtures.twoChapterBook(), EpubOptions.defaults()));
        String section = "/*/" + el("body") + "/" + el("section");

        assertEquals(List.of("chapter"),
                strings(parse(files.get("OEBPS/ch01.xhtml")), section + "/@*[local-name()='type']"));
        assertEquals(List.of("doc-chapter"), strings(parse(files.get("OEBPS/ch01.xhtml")), section + "/@role"));
        assertEquals(List.of("titlepage"),
                strings(parse(files.get("OEBPS/" + TitlePage.FILE)), section + "/@*[local-name()='type']"));
        assertEquals(List.of("doc-colophon"), strings(parse(files.get("OEBPS/" + Colophon.FILE)), section + "/@role"));
    }

    @Test
    void givesEveryDocumentBothLangAttributes() throws Exception {
        for (Map.Entry<String, byte[]> file : entries(write(Fixtures.twoChapterBook(), EpubOptions.defaults()))
                .entrySet()) {
            if (file.getKey().endsWith(".xhtml")) {
                Document doc = parse(file.getValue());
                assertEquals(List.of("en"), strings(doc, "/*/@lang"), file.getKey());
                assertEquals(List.of("en"), strings(doc, "/*/@*[local-name()='lang' and namespace-uri()!='']"),
                        file.getKey());
            }
        }
    }

    private void assertClean(Anthology book, EpubOptions options) throws IOException {
        Path epub = dir.resolve("book.epub");
        Files.write(epub, write(book, options));
        EpubCheckResult result = EpubChecker.check(epub);
        assertTrue(result.isClean(), result::toString);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 25, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] write(Anthology book, EpubOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubEdition("p { margin: 0; }\n", options).write(book, new TocBuilder(3).build(book), out);
        return out.toByteArray();
    }
}
