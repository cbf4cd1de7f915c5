package org.anthology.edition.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Metadata;
import org.anthology.model.SourcePosition;

/**
 * A book whose running text references many footnotes of different lengths, so that notes fall on most pages and
 * some references stand near a page's foot. Each reference follows the word {@code MARKnZ}; note n opens with
 * {@code NOTETEXTn} and is otherwise written in words the running text never uses. The chapter also has a note
 * nobody references ({@code ORPHANNOTE}) and one too long for a page's foot ({@code HUGENOTE}).
 */
final class NotesBook {

    static final int NOTES = 24;
    static final List<String> NOTE_WORDS = List.of("gloss", "remark", "aside", "annotation", "comment", "source");

    private NotesBook() {
    }

    static Anthology book() {
        Random random = new Random(7);
        String file = "seeds/notes.md";
        List<Block> blocks = new ArrayList<>();
        List<Block> notes = new ArrayList<>();
        int note = 0;
        for (int p = 0; p < 40; p++) {
            List<Inline> content = new ArrayList<>();
            content.add(new Inline.Text(LongBook.sentences(random, 2 + p % 4)));
            if (p % 5 != 4 && note < NOTES) {
                note++;
                content.add(new Inline.Text(" MARK" + note + "Z"));
                content.add(new Inline.NoteReference(Integer.toString(note), "notes-note-" + note));
                content.add(new Inline.Text(" " + LongBook.sentences(random, 1 + p % 3)));
                notes.add(note(file, note, "NOTETEXT" + note + " " + noteWords(random, 8 + (note % 4) * 14)));
            }
            blocks.add(new Block.Paragraph(content, new SourcePosition(file, 2 * p + 1)));
        }
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("The last words MARKHUGE"),
                new Inline.NoteReference("huge", "notes-note-huge"), new Inline.Text(".")),
                new SourcePosition(file, 90)));
        blocks.addAll(notes);
        blocks.add(note(file, "orphan", "notes-note-orphan", "ORPHANNOTE " + noteWords(random, 12)));
        blocks.add(note(file, "huge", "notes-note-huge", "HUGENOTE " + noteWords(random, 900)));
        Chapter chapter = new Chapter("notes", "Notes at the Foot", Optional.of("Author N"), Optional.empty(),
                blocks, new SourcePosition(file, 1));
        Metadata metadata = new Metadata("Footnoted", Optional.empty(), List.of("Ed Itor"), "en",
                "urn:uuid:1a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", Instant.parse("2026-11-01T00:00:00Z"),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Anthology(metadata, List.of(chapter));
    }

    private static Block.Note note(String file, int n, String text) {
        return note(file, Integer.toString(n), "notes-note-" + n, text);
    }

    private static Block.Note note(String file, String label, String id, String text) {
        return new Block.Note(label, id, List.of(new Block.Paragraph(List.of(new Inline.Text(text)),
                new SourcePosition(file, 100))), new SourcePosition(file, 100));
    }

    private static String noteWords(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < count; w++) {
            out.append(NOTE_WORDS.get(random.nextInt(NOTE_WORDS.size()))).append(w == count - 1 ? "." : " ");
        }
        return out.toString();
    }
}
