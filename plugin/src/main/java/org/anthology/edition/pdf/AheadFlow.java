package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.HyphenationEvent;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Walk;

/**
 * Where the block renderer's paragraphs go on the look-ahead's thread: each paragraph and heading is built and set
 * into lines at the body's measure and handed to {@link SetAhead}, with the footnotes it is the first to reference,
 * set for the foot of the page as {@link Footnotes} sets them; everything else is passed over. It touches
 * nothing the page flow keeps in order: no page, note, structure tree or writer; its fonts are a thread-confined
 * copy ({@link FontSet#confined()}), its hyphenation and word widths its own. A paragraph with a picture or a line
 * break is left to the flow: pictures are read as they are placed, and a line break is OpenPDF's one shared chunk.
 */
final class AheadFlow implements Flow {

    private final SetAhead ahead;
    private final float width;
    private final ParagraphSetter setter;
    private final StructureTree structure = StructureTree.untagged();
    private List<SetAhead.Counted> counts = new ArrayList<>();
    private long ordinal;
    private int chapter;
    /** The current chapter's notes not yet set, by id, as {@link FootnoteText#notes} gives them. */
    private Map<String, Block.Note> notes = new HashMap<>();
    private FootnoteText noteText;
    private NoteLines noteLines;

    /** A flow that sets paragraphs into lines {@code width} wide for {@code ahead}. */
    AheadFlow(SetAhead ahead, float width) {
        this.ahead = ahead;
        this.width = width;
        this.setter = new ParagraphSetter((lines, pass) -> counts.add(new SetAhead.Counted(lines, pass)));
    }

    /**
     * Sets the paragraphs of every chapter's text in book order, as the page flow renders them, with the theme and
     * with {@code fonts}, a copy of the flow's for this thread.
     */
    void chapters(PdfTheme theme, FontSet fonts, Anthology book) {
        Map<String, Optional<HyphenationEvent>> patterns = new HashMap<>();
        noteLines = new NoteLines(setter, theme.textWidth());
        List<Chapter> chapters = book.chapters();
        for (int c = 0; c < chapters.size(); c++) {
            Chapter chapter = chapters.get(c);
            String language = chapter.language().orElse(book.metadata().language());
            Optional<HyphenationEvent> breaker = theme.hyphenate()
                    ? patterns.computeIfAbsent(language, PatternHyphenation::forLanguage) : Optional.empty();
            List<Block> text = chapter.blocks().stream().filter(block -> !(block instanceof Block.Note)).toList();
            int chapterIndex = c;
            this.chapter = c;
            noteText = new FootnoteText(theme, fonts, breaker);
            notes = FootnoteText.notes(chapter);
            new BlockRenderer(theme, fonts, breaker, 0f, this).render(text,
                    i -> ordinal = SetAhead.ordinal(chapterIndex, i));
        }
    }

    @Override
    public void add(Element element) {
        // Only paragraphs are set ahead.
    }

    @Override
    public void addHeading(Supplier<Paragraph> make) {
        set(make, false);
    }

    @Override
    public void addParagraph(Supplier<Paragraph> make) {
        set(make, false);
    }

    @Override
    public void addItem(Supplier<Paragraph> make, List<Chunk> marker) {
        set(make, !marker.isEmpty());
    }

    @Override
    public void addTable(TableLayout layout, Block.Table table) {
        // Tables are set by the flow, row by row as they are placed.
    }

    @Override
    public StructureTree structure() {
        return structure;
    }

    /**
     * Sets the paragraph of {@code make} if it is a recipe the flow can look for; {@code marked} for a list item's
     * first paragraph, whose marker a right-to-left paragraph takes among its words, which the flow sets itself.
     */
    private void set(Supplier<Paragraph> make, boolean marked) {
        if (!(make instanceof ParagraphRecipe recipe) || !settable(recipe.content()) || !ahead.admit(ordinal)) {
            return;
        }
        Paragraph paragraph = recipe.get();
        int direction = TextDirection.ofParagraph(paragraph);
        if (marked && direction == PdfWriter.RUN_DIRECTION_RTL) {
            return;
        }
        counts = new ArrayList<>(1);
        List<SetParagraph> parts = setter.parts(paragraph, width);
        if (!parts.isEmpty()) {
            List<String> referenced = Footnotes.referencedIn(paragraph);
            ahead.offer(ordinal, recipe, new SetAhead.Preset(parts, width, direction, referenced, counts));
            referenced.forEach(this::setNote);
        }
    }

    /**
     * Sets the note {@code id} if this chapter has it and it was not set yet, and it is paragraphs that may be set off
     * the flow; a note with a table, a list or a quotation in it is left to the flow.
     */
    private void setNote(String id) {
        Block.Note note = notes.remove(id);
        if (note == null || !note.blocks().stream().allMatch(Block.Paragraph.class::isInstance)
                || !settable(Walk.inlines(note.blocks()))) {
            return;
        }
        counts = new ArrayList<>(1);
        Optional<List<NoteLines.Line>> lines = noteLines.of(noteText.elements(note));
        ahead.offerNote(ordinal, chapter, id, new SetAhead.NotePreset(lines, noteLines.width(), counts));
    }

    /** Whether a paragraph of {@code content} may be set off the flow's thread: no picture, no line break. */
    static boolean settable(List<Inline> content) {
        for (Inline leaf : Walk.leaves(content)) {
            if (leaf instanceof Inline.Image || leaf instanceof Inline.LineBreak) {
                return false;
            }
        }
        return true;
    }
}
