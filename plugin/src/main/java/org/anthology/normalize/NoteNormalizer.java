package org.anthology.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Pairs footnote references with their notes within each chapter and gives each pair one book-unique id
 * ({@code ch03-note-2}). Notes are then numbered 1, 2, ... in each chapter in the order of their first reference, as
 * Pandoc and LaTeX number them, whatever their Markdown labels ({@code [^source]}); the labels are kept for the
 * messages. A reference with no note is set as its label in brackets, with a warning; a note nobody references is
 * kept, numbered after the others, with a warning. Runs after the anchor normalizer, so note ids never take a
 * heading's id.
 */
public final class NoteNormalizer implements Normalizer {

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>();
        for (Chapter chapter : in.chapters()) {
            used.add(chapter.id());
            collectHeadingIds(chapter.blocks(), used);
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : in.chapters()) {
            Map<String, String> ids = new HashMap<>();
            List<Block.Note> notes = new ArrayList<>();
            collectNotes(chapter.blocks(), notes);
            for (Block.Note note : notes) {
                String id = AnchorNormalizer.unique(chapter.id() + "-note-" + AnchorNormalizer.slug(note.label(),
                        ids.size() + 1), used);
                if (ids.putIfAbsent(note.label(), id) != null) {
                    diagnostics.warning(note.position(), "a second note labelled '" + note.label()
                            + "' in this chapter. Give each note its own label");
                }
            }
            Map<String, String> numbers = new HashMap<>();
            List<Block> blocks = BlockInlines.map(chapter.blocks(),
                    (inlines, at) -> references(inlines, at, ids, numbers, diagnostics));
            chapters.add(chapter.withBlocks(withNoteIds(blocks, ids, numbers, diagnostics)));
        }
        return in.withChapters(chapters);
    }

    /**
     * The inlines with every note reference given its note's id and number; {@code numbers} maps the labels
     * referenced so far to their numbers, the next label referenced taking the next number.
     */
    private static List<Inline> references(List<Inline> inlines, SourcePosition at, Map<String, String> ids,
                                           Map<String, String> numbers, Diagnostics diagnostics) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.NoteReference ref) {
                String id = ids.get(ref.label());
                if (id == null) {
                    diagnostics.warning(at, "note reference [^" + ref.label() + "] has no note. Add a line '[^"
                            + ref.label() + "]: the note's text' to the chapter");
                    out.add(new Inline.Text("[" + ref.label() + "]"));
                } else {
                    String number = numbers.computeIfAbsent(ref.label(), label -> Integer.toString(numbers.size() + 1));
                    out.add(new Inline.NoteReference(number, id));
                }
            } else if (inline instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(references(e.content(), at, ids, numbers, diagnostics)));
            } else if (inline instanceof Inline.Strong s) {
                out.add(new Inline.Strong(references(s.content(), at, ids, numbers, diagnostics)));
            } else if (inline instanceof Inline.Link l) {
                out.add(new Inline.Link(l.target(), references(l.content(), at, ids, numbers, diagnostics)));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static List<Block> withNoteIds(List<Block> blocks, Map<String, String> ids, Map<String, String> numbers,
                                           Diagnostics diagnostics) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Note note) {
                if (!numbers.containsKey(note.label())) {
                    diagnostics.warning(note.position(), "note [^" + note.label() + "] is never referenced. "
                            + "Reference it with [^" + note.label() + "] in the text or remove it");
                }
                String number = numbers.computeIfAbsent(note.label(), label -> Integer.toString(numbers.size() + 1));
                out.add(new Block.Note(number, ids.get(note.label()), note.blocks(), note.position()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static void collectNotes(List<Block> blocks, List<Block.Note> notes) {
        for (Block block : blocks) {
            if (block instanceof Block.Note note) {
                notes.add(note);
            }
        }
    }

    private static void collectHeadingIds(List<Block> blocks, Set<String> used) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                used.add(heading.id());
            }
        }
    }
}
