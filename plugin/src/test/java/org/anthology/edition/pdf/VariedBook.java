package org.anthology.edition.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.anthology.model.Anthology;
import org.anthology.model.Attributes;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * A book with a bit of everything the PDF sets: the chapters of {@link LongBook}, {@link NotesBook} and
 * {@link Fixtures#twoChapterBook()} (headings, lists, a quotation, code, a scene break, a link, a line break, CJK),
 * and one more in German with Hebrew and Arabic paragraphs, a right-to-left list, a declared right-to-left
 * paragraph, a paragraph with a picture in it, a table, verse and nested lists and quotations.
 */
final class VariedBook {

    private VariedBook() {
    }

    /** The book, its picture written into {@code folder}. */
    static Anthology book(Path folder) throws IOException {
        List<Chapter> chapters = new ArrayList<>(LongBook.book().chapters());
        chapters.addAll(NotesBook.book().chapters());
        chapters.addAll(Fixtures.twoChapterBook().chapters());
        chapters.add(mixed(folder));
        return new Anthology(LongBook.book().metadata(), chapters);
    }

    private static Chapter mixed(Path folder) throws IOException {
        Path picture = folder.resolve("varied.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        String file = "seeds/varied.md";
        Random random = new Random(11);
        List<Block> blocks = new ArrayList<>();
        blocks.add(paragraph(file, 1, "Donaudampfschifffahrtsgesellschaftskapitän und Weltwirtschaftskrise "
                + LongBook.sentences(random, 4)));
        blocks.add(paragraph(file, 2, "שלום עולם, זהו משפט בעברית עם כמה מילים נוספות לבדיקה. ".repeat(6)));
        blocks.add(paragraph(file, 3, "مرحبا بالعالم، هذه جملة باللغة العربية مع بعض الكلمات. ".repeat(5)));
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("Declared right to left: "
                + LongBook.sentences(random, 2))), Attributes.NONE.withDirection(Attributes.Direction.RTL),
                new SourcePosition(file, 4)));
        blocks.add(new Block.ListBlock(true, 1, List.of(List.of(paragraph(file, 5, "פריט ראשון ברשימה")),
                List.of(paragraph(file, 6, "פריט שני ברשימה"))), new SourcePosition(file, 5)));
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("A picture "),
                new Inline.Image(picture, "image/png", "a box"), new Inline.Text(" in the text.")),
                new SourcePosition(file, 7)));
        List<List<Inline>> cells = List.of(List.of(new Inline.Text("Year")), List.of(new Inline.Text("Words")));
        blocks.add(new Block.Table(List.of(new Block.Table.Row(true, cells), new Block.Table.Row(false, cells)),
                new SourcePosition(file, 8)));
        blocks.add(paragraph(file, 9, LongBook.sentences(random, 3)));
        blocks.add(new Block.LineBlock(List.of(List.of(new Inline.Text("A line of verse")),
                List.of(new Inline.Text(LongBook.sentences(random, 1)))), new SourcePosition(file, 10)));
        Block nested = paragraph(file, 11, "the deepest " + LongBook.sentences(random, 2));
        for (int depth = 0; depth < 3; depth++) {
            nested = new Block.BlockQuote(List.of(new Block.ListBlock(false, 1, List.of(
                    List.of(paragraph(file, 12, "level " + depth + " " + LongBook.sentences(random, 1)), nested)),
                    new SourcePosition(file, 12))), new SourcePosition(file, 12));
        }
        blocks.add(nested);
        blocks.add(new Block.Heading(2, List.of(new Inline.Strong(List.of(new Inline.Text("A strong heading")))),
                "varied-strong", new SourcePosition(file, 13)));
        blocks.add(paragraph(file, 14, LongBook.sentences(random, 5)));
        return new Chapter("varied", "Vermischtes", Optional.of("Author V"), Optional.of("de"), blocks,
                new SourcePosition(file, 1));
    }

    private static Block.Paragraph paragraph(String file, int line, String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)), new SourcePosition(file, line));
    }
}
