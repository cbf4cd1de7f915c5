package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class DocxReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/manuscripts");

    private final DocxReader reader = new DocxReader();
    private final Diagnostics diagnostics = new Diagnostics();

    private HtmlReader.Page read(String fixture, List<String> styleMap) throws IOException {
        return reader.read(Files.readAllBytes(FIXTURES.resolve(fixture)), "texts/" + fixture, FIXTURES, styleMap,
                diagnostics).orElseThrow();
    }

    @Test
    void readsHeadingsItalicsByHandAndByStyleAFootnoteAListATableAndAnImage() throws IOException {
        HtmlReader.Page page = read("letter-from-the-harbour.docx", List.of());
        String printed = Printed.blocks(page.blocks()).replaceAll("image \"[0-9a-f]+\\.png\"", "image \"#.png\"");
        String at = "(texts/letter-from-the-harbour.docx:1)";
        assertTrue(printed.startsWith("heading 1 " + at + "\n  text \"A Letter from the Harbour\"\n"), printed);
        assertTrue(printed.contains("emphasis\n    text \"Marigold\""), "direct italics: " + printed);
        assertTrue(printed.contains("emphasis\n    text \"letters, salt and lamp oil\""), "Emphasis style: "
                + printed);
        assertTrue(printed.contains("strong\n    text \"name\""), printed);
        assertTrue(printed.contains("heading 2 " + at + "\n  text \"What the Boat Carried\""), printed);
        assertTrue(printed.contains("bullet-list " + at + "\n  item\n    paragraph " + at
                + "\n      text \"three sacks of mail for the islands;\""), printed);
        assertTrue(printed.contains("table " + at + "\n  row\n    cell\n      text \"Tide\""), printed);
        assertTrue(printed.contains("image \"#.png\" image/png alt=\"The harbour at dawn\""), printed);
        assertTrue(printed.contains("note-ref \"footnote-2\"\n  text \" Nobody on the quay said a word.\""), printed);
        assertTrue(printed.contains("note \"footnote-2\" " + at + "\n  paragraph " + at + "\n    text \"The harbour "
                + "master kept a log of every sailing, now in the \"\n    emphasis\n      text \"county archive\""),
                printed);
        assertEquals(java.util.Optional.of("en-GB"), page.language());
        assertEquals(List.of(), diagnostics.problems());
    }

    @Test
    void reportsTrackedChangesCommentsAndEachUnknownStyleOnce() throws IOException {
        HtmlReader.Page page = read("edited-draft.docx", List.of());
        List<String> warnings = diagnostics.warnings().stream().map(Problem::toString).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("texts/edited-draft.docx:1: Word: Unrecognised paragraph style: Poem"),
                warnings.toString());
        assertTrue(warnings.get(1).contains("tracked changes (1 insertions, 1 deletions)"), warnings.toString());
        assertTrue(warnings.get(2).contains("has 1 comment, left out"), warnings.toString());
        assertTrue(Printed.blocks(page.blocks()).contains("The sea has many voices,"));
    }

    @Test
    void aStyleMapLineFromTheContentsFileExtendsTheBuiltInMap() throws IOException {
        HtmlReader.Page page = read("edited-draft.docx", List.of("p[style-name='Poem'] => blockquote > p:fresh"));
        assertTrue(diagnostics.warnings().stream().noneMatch(p -> p.toString().contains("Poem")),
                diagnostics.warnings().toString());
        assertTrue(Printed.blocks(page.blocks()).contains("quote (texts/edited-draft.docx:1)\n  paragraph"),
                Printed.blocks(page.blocks()));
    }

    @Test
    void saysAFileThatIsNotWordIsNotWord() {
        assertTrue(reader.read("plain text".getBytes(), "texts/x.docx", FIXTURES, List.of(), diagnostics).isEmpty());
        assertTrue(diagnostics.errors().get(0).toString().startsWith("texts/x.docx:1: not a Word document"));
    }
}
