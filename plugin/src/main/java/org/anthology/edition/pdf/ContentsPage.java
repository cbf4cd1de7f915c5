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
 * Lays out the contents pages: every entry of the shared table of contents, parts and chapters and sections,
 * indented by depth, with dot leaders to its page number and, when the theme says so ({@code contents.authors}),
 * each chapter's authors under it; title and number both link to the entry's named destination.
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
        StructureTree tags = flow.structure();
        tags.begin("H1");
        flow.add(BlockRenderer.heading(theme, fonts, new ArrayList<>(title), "", size));
        tags.end();
        tags.begin("TOC");
        for (TableOfContents.Placed placed : toc.placed()) {
            TocEntry entry = placed.entry();
            tags.begin("TOCI");
            tags.begin("Link");
            flow.add(line(entry, placed.depth(), pageOf.apply(entry.anchor()).map(String::valueOf).orElse(""),
                    tags.tagged()));
            tags.end();
            if (theme.contentsAuthors() && !entry.authors().isEmpty()) {
                tags.begin("P");
                flow.add(byline(wording.join(entry.authors()), placed.depth()));
                tags.end();
            }
            tags.end();
        }
        tags.end();
    }

    /** The authors under a chapter's line, in italics, indented with it. */
    private Paragraph byline(String names, int depth) {
        Paragraph line = fonts.paragraph(theme.bodyLeading());
        line.addAll(fonts.chunks(names, FontSet.Role.BODY, false, true, theme.bodySize() * 0.9f));
        line.setAlignment(Element.ALIGN_LEFT);
        line.setRunDirection(TextDirection.of(names));
        line.setIndentationLeft(depth * INDENT_PER_LEVEL + INDENT_PER_LEVEL);
        return line;
    }

    /** An entry's line; {@code tagged}, its links are made by {@link TaggedLinks}. */
    private Paragraph line(TocEntry entry, int depth, String page, boolean tagged) {
        boolean chapter = entry.isChapter() || entry.part();
        float size = entry.part() ? theme.bodySize() * 1.1f : chapter ? theme.bodySize() : theme.bodySize() * 0.92f;
        Paragraph line = fonts.paragraph(theme.bodyLeading());
        for (Chunk chunk : fonts.chunks(entry.title(), FontSet.Role.BODY, chapter, false, size)) {
            line.add(TaggedLinks.link(chunk, entry.anchor(), tagged));
        }
        DottedLineSeparator dots = new DottedLineSeparator();
        dots.setGap(3f);
        dots.setLineColor(theme.colours().rule());
        Chunk leader = new Chunk(dots);
        leader.setFont(fonts.font(FontSet.Role.BODY, false, false, size));
        line.add(leader);
        for (Chunk chunk : fonts.chunks(page, FontSet.Role.BODY, false, false, size)) {
            line.add(TaggedLinks.link(chunk, entry.anchor(), tagged));
        }
        line.setAlignment(Element.ALIGN_LEFT);
        line.setRunDirection(TextDirection.of(entry.title()));
        line.setIndentationLeft(depth * INDENT_PER_LEVEL);
        line.setSpacingBefore(entry.part() ? theme.bodyLeading() : chapter ? theme.bodyLeading() * 0.5f : 0f);
        return line;
    }
}
