package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.junit.jupiter.api.Test;

class NoteNormalizerTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Block> normalize(Block... blocks) {
        Chapter chapter = new Chapter("ch01", "One", Optional.empty(), Optional.empty(), List.of(blocks),
                Fixtures.at("a.md", 1));
        return new NoteNormalizer().apply(new Anthology(Fixtures.metadata("B"), List.of(chapter)), diagnostics)
                .chapters().get(0).blocks();
    }

    private static Block.Paragraph text(Inline... inlines) {
        return new Block.Paragraph(List.of(inlines), Fixtures.at("a.md", 2));
    }

    private static Block.Note note(String label) {
        return new Block.Note(label, "", List.of(text(new Inline.Text("source"))), Fixtures.at("a.md", 9));
    }

    @Test
    void givesAReferenceAndItsNoteTheSameId() {
        List<Block> blocks = normalize(text(new Inline.Text("claim"),
                new Inline.Emphasis(List.of(new Inline.NoteReference("a b", "")))), note("a b"));
        Inline.Emphasis emphasis = (Inline.Emphasis) ((Block.Paragraph) blocks.get(0)).content().get(1);
        assertEquals(new Inline.NoteReference("a b", Optional.of("1"), "ch01-note-a-b"), emphasis.content().get(0));
        assertEquals("ch01-note-a-b", ((Block.Note) blocks.get(1)).id());
        assertEquals(Optional.of("1"), ((Block.Note) blocks.get(1)).number());
        assertEquals("a b", ((Block.Note) blocks.get(1)).label());
        assertEquals(List.of(), diagnostics.problems());
    }

    @Test
    void numbersNotesInTheOrderOfTheirFirstReferenceWhateverTheirLabels() {
        List<Block> blocks = normalize(text(new Inline.NoteReference("source", ""), new Inline.Text(" then "),
                new Inline.NoteReference("1", ""), new Inline.Text(" and again "), new Inline.NoteReference("source", "")),
                note("1"), note("source"), note("spare"));
        List<Inline> content = ((Block.Paragraph) blocks.get(0)).content();
        assertEquals(new Inline.NoteReference("source", Optional.of("1"), "ch01-note-source"), content.get(0));
        assertEquals(new Inline.NoteReference("1", Optional.of("2"), "ch01-note-1"), content.get(2));
        assertEquals(new Inline.NoteReference("source", Optional.of("1"), "ch01-note-source"), content.get(4));
        assertEquals(List.of("2", "1"), blocks.subList(1, 3).stream().map(b -> ((Block.Note) b).mark()).toList());
        assertEquals(List.of("1", "source"),
                blocks.subList(1, 3).stream().map(b -> ((Block.Note) b).label()).toList());
        assertEquals(3, blocks.size(), "the note nobody references is left out");
        assertEquals("a.md:9: footnote [^spare] is never referenced; it is left out. Reference it or delete it",
                diagnostics.warnings().get(0).toString());
    }

    @Test
    void setsAReferenceWithoutANoteAsTextWithAWarning() {
        List<Block> blocks = normalize(text(new Inline.Text("claim"), new Inline.NoteReference("9", "")));
        assertEquals(new Inline.Text("[9]"), ((Block.Paragraph) blocks.get(0)).content().get(1));
        assertEquals("a.md:2: note reference [^9] has no note. Add a line '[^9]: the note's text' to the chapter",
                diagnostics.warnings().get(0).toString());
    }

    @Test
    void leavesOutANoteNobodyReferencesWithAWarning() {
        List<Block> blocks = normalize(text(new Inline.Text("claim")), note("x"));
        assertEquals(1, blocks.size(), blocks.toString());
        assertEquals("a.md:9: footnote [^x] is never referenced; it is left out. Reference it or delete it",
                diagnostics.warnings().get(0).toString());
    }

    @Test
    void keepsTheFirstOfTwoNotesWithOneLabel() {
        List<Block> blocks = normalize(text(new Inline.NoteReference("x", "")), note("x"),
                new Block.Note("x", "", List.of(new Block.Paragraph(List.of(new Inline.Text("second")),
                        Fixtures.at("a.md", 12))), Fixtures.at("a.md", 12)));
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals(Fixtures.at("a.md", 9), blocks.get(1).position());
        assertEquals(List.of("a.md:12: a second note labelled [^x] in this chapter; it is left out and the first one "
                + "kept. Give each note its own label"), diagnostics.problems().stream().map(Object::toString).toList());
    }
}
