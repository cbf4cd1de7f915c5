package org.anthology.normalize;

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
import org.anthology.model.PerChapter;
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

    private final PerChapter tasks;

    /** Notes paired on the calling thread. */
    public NoteNormalizer() {
        this(PerChapter.sequential());
    }

    /**
     * Each chapter's notes paired as one of {@code tasks}, their ids kept apart from the book's chapter ids and the
     * chapter's own heading and note ids; when that leaves an id twice in the book, the chapters are paired again
     * one after another, each id kept apart from every id before it, so the ids are always those (see
     * {@link Unique}).
     */
    public NoteNormalizer(PerChapter tasks) {
        this.tasks = tasks;
    }

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Set<String> chapterIds = new HashSet<>();
        in.chapters().forEach(chapter -> chapterIds.add(chapter.id()));
        List<Paired> paired = tasks.mapPure(in.chapters(), diagnostics, (chapter, own) -> {
            Set<String> headings = new HashSet<>();
            headingIds(chapter, headings);
            UsedIds used = new UsedIds(chapterIds, headings);
            return new Paired(headings, new Unique.Made<>(paired(chapter, used, own), used.added()));
        });
        Set<String> book = new HashSet<>(chapterIds);
        paired.forEach(chapter -> book.addAll(chapter.headings()));
        List<Unique.Made<Chapter>> made = paired.stream().map(Paired::made).toList();
        if (Unique.apart(made, book)) {
            return in.withChapters(made.stream().map(Unique.Made::result).toList());
        }
        // The warnings were given once already, by the run above.
        UsedIds used = new UsedIds(book);
        return in.withChapters(in.chapters().stream().map(chapter -> paired(chapter, used, new Diagnostics()))
                .toList());
    }

    /** A chapter's notes paired, and its headings' ids, which with the book's chapter ids it started from. */
    private record Paired(Set<String> headings, Unique.Made<Chapter> made) {
    }

    private static void headingIds(Chapter chapter, Set<String> ids) {
        Walk.blocks(chapter.blocks(), Block.Heading.class).forEach(heading -> ids.add(heading.id()));
    }

    /** {@code chapter} with its references and notes paired, each note id kept apart from {@code used}. */
    private static Chapter paired(Chapter chapter, UsedIds used, Diagnostics diagnostics) {
        List<Block.Note> notes = Walk.blocks(chapter.blocks(), Block.Note.class);
        if (notes.isEmpty() && !Walk.holdsInline(chapter.blocks(), Inline.NoteReference.class)) {
            return chapter;
        }
        Map<String, String> ids = new HashMap<>();
        for (Block.Note note : notes) {
            String id = used.unique(chapter.id() + "-note-" + AnchorNormalizer.slug(note.label(), ids.size() + 1));
            ids.putIfAbsent(note.label(), id);
        }
        Map<String, String> numbers = new HashMap<>();
        List<Block> blocks = Walk.mapInlineLists(chapter.blocks(),
                (inlines, at) -> references(inlines, at, ids, numbers, diagnostics));
        return chapter.withBlocks(withNoteIds(blocks, ids, numbers, diagnostics));
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
