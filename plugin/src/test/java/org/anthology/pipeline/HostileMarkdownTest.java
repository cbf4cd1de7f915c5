package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.anthology.edition.epub.EpubCheckResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds books from Markdown oddities (comments, {@code <br>}, unsafe links, stray notes) and reads both editions. */
class HostileMarkdownTest {

    @TempDir
    Path base;

    private HostileBook build(String markdown) throws IOException {
        HostileBook book = new HostileBook(base).text("texts/a.md", markdown).build();
        assertFalse(book.outcome().failed(), book.outcome().problemSummary());
        EpubCheckResult check = book.epubCheck();
        assertTrue(check.isClean(), check.toString());
        return book;
    }

    @Test
    void htmlCommentsOfAnyLengthReachNeitherEditionAndEachIsNoted() throws IOException {
        HostileBook book = build("# Harbour\n\nThe keeper <!-- TODO: check with legal --> climbs.\n\n"
                + "Then <!-- " + "secret ".repeat(2000) + "--> rests.\n\n<!--\nblock\nsecret\n-->\n\nLast words.\n");
        String epub = book.epubXhtml();
        String pdf = book.pdfText();
        for (String text : List.of(epub, pdf)) {
            assertFalse(text.contains("TODO") || text.contains("secret") || text.contains("block"), text);
            assertTrue(text.contains("Last words."), text);
        }
        assertTrue(pdf.contains("The keeper climbs."), pdf);
        assertEquals(List.of("INFO texts/a.md:3: an HTML comment was left out of the book",
                "INFO texts/a.md:5: an HTML comment was left out of the book",
                "INFO texts/a.md:7: an HTML comment was left out of the book"),
                book.log().stream().filter(l -> l.contains("comment")).toList());
    }

    @Test
    void anUnclosedCommentIsLeftOutWithAWarning() throws IOException {
        HostileBook book = build("# Harbour\n\nKept words.\n\n<!-- draft\n\nhidden words\n");
        assertFalse(book.pdfText().contains("hidden"));
        assertEquals(List.of("texts/a.md:5: an HTML comment is never closed, so everything from here to the end of "
                + "the file was left out. Close it with -->"), book.problems());
    }

    @Test
    void aBrTagBreaksTheLine() throws IOException {
        HostileBook book = build("# Harbour\n\nline<br>break and<br/>more\n");
        assertTrue(book.epubXhtml().contains("<p class=\"line\">line</p>\n<p class=\"line\">break and</p>"),
                book.epubXhtml());
        assertTrue(book.pdfText().contains("line\nbreak and\nmore"), book.pdfText());
    }

    @Test
    void aBrTagInATableCellOrHeadingBreaksTheLineInBothEditions() throws IOException {
        HostileBook book = build("# Harbour\n\n| Name | Address |\n|---|---|\n| Ada | 1 Loop Lane<br>London |\n\n"
                + "## First<br/>Second\n\nEnd.\n");
        String epub = book.epubXhtml();
        assertTrue(epub.contains("1 Loop Lane<br/>London"), epub);
        assertTrue(epub.contains("First<br/>Second"), epub);
        String pdf = book.pdfText();
        assertTrue(pdf.contains("1 Loop Lane\nLondon"), pdf);
        assertTrue(pdf.contains("First\nSecond"), pdf);
    }

    @Test
    void scriptAndDataLinksBecomePlainTextWithAWarning() throws IOException {
        HostileBook book = build("# Harbour\n\n[one](javascript:alert(1)) and [two](vbscript:msgbox) and "
                + "[three](data:text/plain,hi) and [four](https://example.org/).\n");
        String epub = book.epubXhtml();
        assertFalse(epub.contains("javascript:") || epub.contains("vbscript:") || epub.contains("data:"), epub);
        assertTrue(epub.contains("href=\"https://example.org/\""), epub);
        assertTrue(epub.contains("one") && epub.contains("two") && epub.contains("three"));
        assertEquals(List.of("texts/a.md:3: link to a javascript: URL was set as plain text; only http:, https: and "
                        + "mailto: links are kept. Link to a web page instead",
                "texts/a.md:3: link to a vbscript: URL was set as plain text; only http:, https: and mailto: links "
                        + "are kept. Link to a web page instead",
                "texts/a.md:3: link to a data: URL was set as plain text; only http:, https: and mailto: links are "
                        + "kept. Link to a web page instead"), book.problems());
    }

    @Test
    void mailtoLinksStayLinksInThePdf() throws IOException {
        HostileBook book = build("# Harbour\n\nWrite to [the keeper](mailto:keeper@example.org).\n");
        java.util.Set<String> uris = new java.util.TreeSet<>();
        try (PDDocument pdf = book.pdf()) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertEquals(java.util.Set.of("mailto:keeper@example.org"), uris);
    }

    @Test
    void aFootnoteNobodyReferencesIsLeftOutOfBothEditions() throws IOException {
        HostileBook book = build("# Harbour\n\nClaim.[^a]\n\n[^a]: Kept note.\n\n[^x]: Stray note.\n");
        assertEquals(List.of("texts/a.md:7: footnote [^x] is never referenced; it is left out. Reference it or "
                + "delete it"), book.problems());
        assertFalse(book.epubXhtml().contains("Stray"));
        assertFalse(book.pdfText().contains("Stray"));
        assertTrue(book.pdfText().contains("Kept note."));
    }

    @Test
    void ofTwoNotesWithOneLabelTheFirstIsKeptInBothEditions() throws IOException {
        HostileBook book = build("# Harbour\n\nClaim.[^a]\n\n[^a]: First note.\n\n[^a]: Second note.\n");
        assertEquals(List.of("texts/a.md:7: a second note labelled [^a] in this chapter; it is left out and the first "
                + "one kept. Give each note its own label"), book.problems());
        for (String text : List.of(book.epubXhtml(), book.pdfText())) {
            assertTrue(text.contains("First note."), text);
            assertFalse(text.contains("Second note."), text);
        }
    }
}
