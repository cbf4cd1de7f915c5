package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Metadata;
import org.anthology.model.SourcePosition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.anthology.BookCheck;

/**
 * A book of 10,000 headings: more named destinations than PDF/A-1's limit of 8,191 elements per array allows in
 * one flat list, so it stays PDF/A-1b only when the destinations are written as a names tree.
 */
@BookCheck
class PdfManyHeadingsTest {

    private static final int CHAPTERS = 10;
    private static final int HEADINGS_PER_CHAPTER = 1_000;
    private static final int PDF_A1_MAX_ARRAY = 8_191;
    private static byte[] pdf;

    @BeforeAll
    static void writeBook() {
        pdf = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> PdfBytes.of(book(), PdfTheme.defaults()));
    }

    /** veraPDF takes about a minute on this book; the bound leaves room for a busy build machine. */
    @Test
    void staysPdfA1bAsVeraPdfValidatesIt() {
        List<String> violations = assertTimeoutPreemptively(Duration.ofMinutes(4),
                () -> PdfAChecker.pdfA1bViolations(pdf));
        assertEquals(List.of(), violations);
    }

    @Test
    void everyHeadingKeepsItsNamedDestinationInNodesWithinTheLimit() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDDestinationNameTreeNode dests = names.getDests();
            List<Integer> sizes = new ArrayList<>();
            int named = count(dests.getCOSObject(), sizes);
            assertTrue(named >= CHAPTERS * (HEADINGS_PER_CHAPTER + 1), "named destinations: " + named);
            assertTrue(sizes.stream().allMatch(n -> n <= PDF_A1_MAX_ARRAY), "array sizes: " + sizes);
            assertTrue(dests.getValue("ch07-h0999") != null, "a late heading's destination resolves");
        }
    }

    /** The names under {@code node}; adds the size of every /Names and /Kids array met to {@code sizes}. */
    private static int count(COSDictionary node, List<Integer> sizes) {
        int total = 0;
        COSArray pairs = node.getCOSArray(COSName.NAMES);
        if (pairs != null) {
            sizes.add(pairs.size());
            total += pairs.size() / 2;
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            sizes.add(kids.size());
            for (COSBase kid : kids) {
                COSBase resolved = kid instanceof COSObject reference ? reference.getObject() : kid;
                total += count((COSDictionary) resolved, sizes);
            }
        }
        return total;
    }

    private static Anthology book() {
        List<Chapter> chapters = new ArrayList<>();
        for (int c = 0; c < CHAPTERS; c++) {
            String id = String.format("ch%02d", c);
            String file = "seeds/" + id + ".md";
            List<Block> blocks = new ArrayList<>();
            for (int h = 0; h < HEADINGS_PER_CHAPTER; h++) {
                blocks.add(new Block.Heading(2, List.of(new Inline.Text("Entry " + c + "." + h)),
                        String.format("%s-h%04d", id, h), new SourcePosition(file, 2 * h + 1)));
                blocks.add(new Block.Paragraph(List.of(new Inline.Text("A line of text under entry " + h + ".")),
                        new SourcePosition(file, 2 * h + 2)));
            }
            chapters.add(new Chapter(id, "Part " + c, Optional.empty(), Optional.empty(), blocks,
                    new SourcePosition(file, 1)));
        }
        Metadata metadata = new Metadata("Ten Thousand Headings", Optional.empty(), List.of("Ed Itor"), "en",
                "urn:uuid:0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f0", Instant.parse("2026-11-01T00:00:00Z"),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Anthology(metadata, chapters);
    }
}
