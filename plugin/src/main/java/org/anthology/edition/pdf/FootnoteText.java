package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.anthology.model.Block;
import org.anthology.model.Chapter;

/**
 * Sets a chapter's notes for the foot of the page: at {@link #SCALE} of the running text's size and leading, each
 * opening with its label raised as the reference in the text is, so the reader's eye finds one from the other.
 */
final class FootnoteText {

    /** Footnotes are set about two sizes below the text, as in most books. */
    static final float SCALE = 0.8f;

    private final PdfTheme theme;
    private final FontSet fonts;
    private final Optional<HyphenationEvent> hyphenation;

    FootnoteText(PdfTheme theme, FontSet fonts, Optional<HyphenationEvent> hyphenation) {
        this.theme = theme;
        this.fonts = fonts;
        this.hyphenation = hyphenation;
    }

    /** The notes of {@code chapter}, by id, each as a supplier of its elements. */
    Map<String, Supplier<List<Element>>> of(Chapter chapter) {
        Map<String, Supplier<List<Element>>> out = new LinkedHashMap<>();
        notes(chapter).forEach((id, note) -> out.put(id, () -> elements(note)));
        return out;
    }

    /** The notes of {@code chapter} that can stand at a page's foot, by id; of two notes of one id, the first. */
    static Map<String, Block.Note> notes(Chapter chapter) {
        Map<String, Block.Note> out = new LinkedHashMap<>();
        for (Block block : chapter.blocks()) {
            if (block instanceof Block.Note note && !note.id().isEmpty()) {
                out.putIfAbsent(note.id(), note);
            }
        }
        return out;
    }

    /** The elements of {@code note}: its blocks in the note size, the label before the first one. */
    List<Element> elements(Block.Note note) {
        List<Element> out = new ArrayList<>();
        new BlockRenderer(theme, fonts, hyphenation, 0f, Flow.into(out::add)).scaled(SCALE).render(note.blocks());
        float size = theme.bodySize() * SCALE;
        List<Chunk> label = new ArrayList<>(fonts.chunks(note.mark(), FontSet.Role.BODY, false, false, size * 0.7f));
        label.forEach(chunk -> chunk.setTextRise(size * 0.35f));
        if (!label.isEmpty()) {
            label.get(0).setLocalDestination(note.id());
        }
        label.addAll(fonts.chunks("\u00A0", FontSet.Role.BODY, false, false, size));
        if (!out.isEmpty() && out.get(0) instanceof Paragraph first) {
            first.addAll(0, label);
        } else {
            Paragraph line = fonts.paragraph(theme.bodyLeading() * SCALE);
            line.addAll(label);
            out.add(0, line);
        }
        return out;
    }
}
