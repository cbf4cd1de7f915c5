package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

class EpubReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/manuscripts");

    private final EpubReader reader = new EpubReader();
    private final Diagnostics diagnostics = new Diagnostics();

    private List<HtmlReader.Page> read(String fixture, boolean split) throws IOException {
        return reader.read(Files.readAllBytes(FIXTURES.resolve(fixture)), "texts/" + fixture, split, diagnostics);
    }

    @Test
    void readsAnEpub2SpineInOrderWithItsMetadataNotesAndImages() throws IOException {
        List<HtmlReader.Page> pages = read("salt-roads-epub2.epub", false);
        assertEquals(1, pages.size());
        HtmlReader.Page page = pages.get(0);
        assertEquals(Optional.of("The Salt Roads"), page.title());
        assertEquals(Optional.of("Idris Mabon"), page.author());
        assertEquals(Optional.of("en-GB"), page.language());
        String printed = Printed.blocks(page.blocks());
        assertTrue(printed.indexOf("Over the Moor") < printed.indexOf("The Inn at the Ford"), printed);
        assertTrue(printed.contains("note-ref \"fn1\""), printed);
        assertTrue(printed.contains("note \"fn1\" (texts/salt-roads-epub2.epub/text/ch001.xhtml:32)"), printed);
        Inline.Image image = page.blocks().stream().filter(b -> b instanceof Block.Paragraph p
                && p.content().get(0) instanceof Inline.Image).map(b -> (Inline.Image) ((Block.Paragraph) b)
                .content().get(0)).findFirst().orElseThrow();
        assertTrue(Files.isRegularFile(image.file()), image.toString());
        assertEquals(Files.size(FIXTURES.resolve("harbour.png")), Files.size(image.file()));
    }

    @Test
    void makesOneTextPerSpineDocumentWhenSplit() throws IOException {
        List<HtmlReader.Page> pages = read("lighthouse-keeper-epub3.epub", true);
        assertEquals(2, pages.size());
        assertTrue(Printed.blocks(pages.get(1).blocks()).contains("The Last Winter"));
        assertEquals(Optional.of("Morwenna Pascoe"), pages.get(1).author());
    }

    @Test
    void reportsAFileThatIsNoEpub() throws IOException {
        assertTrue(reader.read("not a zip".getBytes(), "texts/x.epub", false, diagnostics).isEmpty());
        assertTrue(diagnostics.errors().get(0).toString().startsWith("texts/x.epub:1: cannot read the EPUB"),
                diagnostics.errors().toString());
    }
}
