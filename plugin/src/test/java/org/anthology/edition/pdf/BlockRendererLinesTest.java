package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.anthology.model.Attributes;
import org.anthology.model.Block;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the block renderer hands the page flow outside tables is set by the line layer: scene breaks, verse, note
 * labels, a list marker on a line of its own, spacers, right-to-left paragraphs and headings; none of it is left
 * to the column layout.
 */
class BlockRendererLinesTest {

    private static final PdfTheme THEME = TestFonts.withFallback("DejaVuSans");
    private static FontSet fonts;

    @BeforeAll
    static void loadFonts() throws IOException {
        fonts = new FontSet(THEME, TestFonts.oneFace("DejaVuSans", TestFonts.DEJAVU_SANS, "font.fallback"));
    }

    @Test
    void handsEveryNonTableBlockToTheLineLayer() {
        List<Block> blocks = List.of(
                new Block.Heading(2, text("כותרת בעברית"), "heading", Fixtures.at("b.md", 1)),
                new Block.Paragraph(text("שלום עולם, the world and 42 more."), Fixtures.at("b.md", 2)),
                new Block.SceneBreak(Fixtures.at("b.md", 3)),
                new Block.LineBlock(List.of(text("A line of verse"), text("and its fellow")), Fixtures.at("b.md", 4)),
                new Block.BlockQuote(List.of(new Block.Paragraph(text("Quoted."), Fixtures.at("b.md", 5))),
                        Fixtures.at("b.md", 5)),
                new Block.ListBlock(false, 1, List.of(List.of(new Block.CodeBlock("", "code first",
                        Fixtures.at("b.md", 6)))), Fixtures.at("b.md", 6)),
                new Block.Note("1", Optional.of("1"), Attributes.ofId("note-1"),
                        List.of(new Block.Paragraph(text("הערה"), Fixtures.at("b.md", 7))), Fixtures.at("b.md", 7)));
        List<Paragraph> handed = new ArrayList<>();
        Flow lines = new Flow() {
            @Override
            public void add(Element element) {
                fail("left to the column layout: " + element.getChunks());
            }

            @Override
            public void addHeading(Supplier<Paragraph> make) {
                handed.add(make.get());
            }

            @Override
            public void addParagraph(Supplier<Paragraph> make) {
                handed.add(make.get());
            }

            @Override
            public void addItem(Supplier<Paragraph> make, List<Chunk> marker) {
                handed.add(make.get());
            }
        };
        new BlockRenderer(THEME, fonts, Optional.empty(), 0f, lines).render(blocks);
        assertTrue(handed.size() >= 9, "paragraphs handed over: " + handed.size());
        ParagraphSetter setter = new ParagraphSetter(new LineStatistics());
        for (Paragraph paragraph : handed) {
            assertTrue(setter.set(paragraph, THEME.textWidth()).isPresent(),
                    "the line layer cannot set " + paragraph.getContent());
        }
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }
}
