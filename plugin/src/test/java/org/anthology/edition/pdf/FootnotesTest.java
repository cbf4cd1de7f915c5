package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

/** The notes waiting for the foot of a page: what is held of them while a book is laid out. */
class FootnotesTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final FontSet FONTS = new FontSet(THEME);

    private static Supplier<List<Element>> note(String text) {
        return () -> {
            Paragraph paragraph = FONTS.paragraph(THEME.bodyLeading());
            paragraph.addAll(new InlineRenderer(FONTS, THEME, FontSet.Role.BODY, THEME.bodySize())
                    .render(List.of(new Inline.Text(text))));
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            return List.of(paragraph);
        };
    }

    @Test
    void holdsTheLinesOfNotesOnlyUntilTheyArePlacedOrTheChapterEnds() {
        Footnotes notes = new Footnotes(new NoteLines(new ParagraphSetter(new LineStatistics()), 300f), 500f, 6f,
                Color.BLACK);
        notes.chapter(0, Map.of("a", note("The first note."), "b", note("The second note."), "c",
                note("The third note.")));
        assertEquals(List.of("a", "b", "c"), notes.pending(List.of("a", "b", "c")));
        assertEquals(3, notes.held());
        notes.place(List.of("a", "b"));
        assertEquals(1, notes.held(), "a placed note's lines are on the page, not kept for the rest of the book");
        assertEquals(List.of("c"), notes.pending(List.of("a", "b", "c")));
        notes.chapter(1, Map.of("d", note("The next chapter's note.")));
        assertEquals(0, notes.held(), "the last chapter's notes can no longer be placed");
        assertEquals(List.of("d"), notes.pending(List.of("c", "d")));
    }
}
