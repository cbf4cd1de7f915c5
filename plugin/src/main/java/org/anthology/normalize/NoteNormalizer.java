package org.anthology.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.Walk;
import org.anthology.model.SourcePosition;

/**
 * Pairs footnote references with their notes within each chapter and gives each pair one book-unique id
 * ({@code ch03-note-2}). Notes are then numbered 1, 2, ... in each chapter in the order of their first reference, as
 * Pandoc and LaTeX number them, whatever their Markdown labels ({@code [^source]}); the labels are kept for the
 * messages. A reference with no note is set as its label in brackets, with a warning; a note nobody references is
 * left out with a warning, as Pandoc leaves it out, and of two notes with one label the first is kept. Runs after
 * the anchor normalizer, so note ids never take a
 * heading's id.
 */
public final class NoteNormalizer implements Normalizer {

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>();
        for (Chapter chapter : in.chapters()) {
            used.add(chapter.id());
            Walk.blocks(chapter.blocks(), Block.Heading.class).forEach(heading -> used.add(heading.id()));
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : in.chapters()) {
            Map<String, String> ids = new HashMap<>();
            for (Block.Note note : Walk.blocks(chapter.blocks(), Block.Note.class)) {
                String id = AnchorNormalizer.unique(chapter.id() + "-note-" + AnchorNormalizer.slug(note.label(),
                        ids.size() + 1), used);
                ids.putIfAbsent(note.label(), id);
            }
            Map<String, String> numbers = new HashMap<>();
            List<Block> blocks = Walk.mapInlineLists(chapter.blocks(),
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
        return Walk.mapInlines(inlines, Inline.NoteReference.class, ref -> {
            String id = ids.get(ref.label());
            if (id == null) {
                diagnostics.warning(at, "note reference [^" + ref.label() + "] has no note. Add a line '[^"
                        + ref.label() + "]: the note's text' to the chapter");
                return List.of(new Inline.Text("[" + ref.label() + "]"));
            }
            String number = numbers.computeIfAbsent(ref.label(), label -> Integer.toString(numbers.size() + 1));
            return List.of(new Inline.NoteReference(ref.label(), Optional.of(number), ref.attributes().withId(id)));
        });
    }

    /** The notes given their ids and numbers; a second note of a label and a note never referenced left out. */
    private static List<Block> withNoteIds(List<Block> blocks, Map<String, String> ids, Map<String, String> numbers,
                                           Diagnostics diagnostics) {
        Set<String> seen = new HashSet<>();
        return Walk.flatMapBlocks(blocks, Block.Note.class, note -> {
            if (!seen.add(note.label())) {
                diagnostics.warning(note.position(), "a second note labelled [^" + note.label() + "] in this "
                        + "chapter; it is left out and the first one kept. Give each note its own label");
                return List.of();
            }
            if (!numbers.containsKey(note.label())) {
                diagnostics.warning(note.position(), "footnote [^" + note.label() + "] is never referenced; it is "
                        + "left out. Reference it or delete it");
                return List.of();
            }
            return List.of(new Block.Note(note.label(), Optional.of(numbers.get(note.label())),
                    note.attributes().withId(ids.get(note.label())), note.blocks(), note.position()));
        });
    }
}
