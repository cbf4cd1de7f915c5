package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class MarkdownCommentsTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private String strip(String markdown) {
        return MarkdownComments.strip(markdown, "a.md", 1, diagnostics);
    }

    @Test
    void leavesOutAnInlineCommentWithANoteAtItsLine() {
        assertEquals("one\nTwo  three", strip("one\nTwo <!-- TODO: check with legal --> three"));
        assertEquals(List.of("a.md:2: an HTML comment was left out of the book"),
                diagnostics.notes().stream().map(Problem::toString).toList());
    }

    @Test
    void keepsTheLineCountOfAComment() {
        assertEquals("a\n\n\n\nb", strip("a\n<!--\nx\n-->\nb"));
    }

    @Test
    void keepsCommentsInsideCodeSpansAndFencedBlocks() {
        String markdown = "Write `<!-- x -->` so.\n\n```html\n<!-- kept -->\n```\n";
        assertEquals(markdown, strip(markdown));
        assertEquals(List.of(), diagnostics.notes());
    }

    @Test
    void aCommentLongerThanAnyStackIsLeftOut() {
        assertEquals("a  b", strip("a <!-- " + "-x".repeat(200_000) + " --> b"));
    }

    @Test
    void warnsOfACommentNeverClosed() {
        assertEquals("kept\n\n", strip("kept\n<!-- draft\nhidden"));
        assertEquals(List.of("a.md:2: an HTML comment is never closed, so everything from here to the end of the "
                + "file was left out. Close it with -->"), diagnostics.problems().stream().map(Problem::toString)
                .toList());
    }
}
