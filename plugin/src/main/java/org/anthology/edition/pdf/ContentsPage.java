package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import org.anthology.model.Wording;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocEntry;

/**
 * Lays out the contents pages: every entry of the shared table of contents, indented by level, with dot leaders
 * to its page number; title and number both link to the entry's named destination.
 */
final class ContentsPage {

    private static final float INDENT_PER_LEVEL = 12f;

    private final PdfTheme theme;
    private final FontSet fonts;

    ContentsPage(PdfTheme theme, FontSet fonts) {
        this.theme = theme;
        this.fonts = fonts;
    }

    /**
     * Sets the heading and one line per entry in {@code flow}, from the top of a page on; {@code pageOf} gives an
     * anchor's printed page number.
     */
    void write(PageFlow flow, TableOfContents toc, Function<String, Optional<Integer>> pageOf, Wording wording) {
        float size = BlockRenderer.headingSize(theme, 1);
        List<Chunk> title = fonts.chunks(wording.get("contents"), FontSet.Role.HEADING, true, false, size);
        flow.add(BlockRenderer.heading(theme, fonts, new ArrayList<>(title), "", size));
        for (TocEntry entry : toc.flatten()) {
            flow.add(line(entry, pageOf.apply(entry.anchor()).map(String::valueOf).orElse("")));
        }
    }

    private Paragraph line(TocEntry entry, String page) {
        boolean chapter = entry.isChapter();
        float size = chapter ? theme.bodySize() : theme.bodySize() * 0.92f;
        Paragraph line = fonts.paragraph(theme.bodyLeading());
        for (Chunk chunk : fonts.chunks(entry.title(), FontSet.Role.BODY, chapter, false, size)) {
            line.add(chunk.setLocalGoto(entry.anchor()));
        }
        DottedLineSeparator dots = new DottedLineSeparator();
        dots.setGap(3f);
        dots.setLineColor(theme.colours().rule());
        Chunk leader = new Chunk(dots);
        leader.setFont(fonts.font(FontSet.Role.BODY, false, false, size));
        line.add(leader);
        for (Chunk chunk : fonts.chunks(page, FontSet.Role.BODY, false, false, size)) {
            line.add(chunk.setLocalGoto(entry.anchor()));
        }
        line.setAlignment(Element.ALIGN_LEFT);
        line.setRunDirection(TextDirection.of(entry.title()));
        line.setIndentationLeft((entry.level() - 1) * INDENT_PER_LEVEL);
        line.setSpacingBefore(chapter ? theme.bodyLeading() * 0.5f : 0f);
        return line;
    }
}
