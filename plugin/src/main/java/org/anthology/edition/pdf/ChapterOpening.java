package org.anthology.edition.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.Optional;
import org.anthology.model.Chapter;
import org.anthology.model.Epigraph;
import org.anthology.model.Part;
import org.anthology.model.Wording;

/**
 * Sets what opens a chapter or a part on its first page, a sixth of the way down as in most trade books: the
 * chapter's title (its named destination), subtitle, authors and epigraph; a part's title and subtitle, lower
 * and centred, alone on its right-hand page but for its introduction.
 */
final class ChapterOpening {

    private final PdfTheme theme;
    private final FontSet fonts;

    ChapterOpening(PdfTheme theme, FontSet fonts) {
        this.theme = theme;
        this.fonts = fonts;
    }

    /** Sets {@code chapter}'s opening in {@code flow}; names are joined as {@code wording} says. */
    void chapter(PageFlow flow, Chapter chapter, Wording wording) {
        float size = BlockRenderer.headingSize(theme, 1);
        Paragraph title = BlockRenderer.heading(theme, fonts,
                new ArrayList<>(fonts.chunks(chapter.title(), FontSet.Role.HEADING, true, false, size)),
                chapter.id(), size);
        title.setSpacingBefore(0f);
        flow.skip(theme.paper().height() / 6);
        Chapter.Details details = chapter.details();
        boolean more = !chapter.authors().isEmpty() || details.subtitle().isPresent()
                || details.epigraph().isPresent();
        title.setSpacingAfter(more ? size * 0.5f : theme.bodyLeading() * 2);
        heading(flow, title);
        details.subtitle().ifPresent(s -> flow.add(line(s, true, theme.bodySize() * 1.15f, Element.ALIGN_LEFT,
                theme.bodyLeading() * 0.5f)));
        if (!chapter.authors().isEmpty()) {
            flow.add(line(wording.join(chapter.authorNames()), true, theme.bodySize() * 1.1f, Element.ALIGN_LEFT,
                    theme.bodyLeading() * (details.epigraph().isPresent() ? 1 : 2)));
        }
        details.epigraph().ifPresent(epigraph -> epigraph(flow, epigraph));
    }

    /** Sets {@code part}'s title and subtitle a third of the way down its page. */
    void part(PageFlow flow, Part part) {
        float size = theme.headingSize() * 1.2f;
        Paragraph title = BlockRenderer.heading(theme, fonts,
                new ArrayList<>(fonts.chunks(part.title(), FontSet.Role.HEADING, true, false, size)),
                part.id(), size);
        title.setSpacingBefore(0f);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(theme.bodyLeading());
        flow.skip(theme.paper().height() / 4);
        heading(flow, title);
        part.subtitle().ifPresent(s -> {
            Paragraph subtitle = line(s, true, theme.bodySize() * 1.2f, Element.ALIGN_CENTER, 0f);
            flow.add(subtitle);
        });
        flow.skip(theme.bodyLeading() * 2);
    }

    /** Sets {@code title} as the opening's heading, the first of its level in the structure tree. */
    private static void heading(PageFlow flow, Paragraph title) {
        flow.structure().begin("H1");
        flow.add(title);
        flow.structure().end();
    }

    private void epigraph(PageFlow flow, Epigraph epigraph) {
        float indent = theme.textWidth() * 0.25f;
        Paragraph text = line(epigraph.text(), true, theme.bodySize() * 0.95f, Element.ALIGN_LEFT,
                epigraph.attribution().isPresent() ? 0f : theme.bodyLeading() * 2);
        text.setIndentationLeft(indent);
        flow.add(text);
        Optional<String> attribution = epigraph.attribution();
        attribution.ifPresent(a -> {
            Paragraph by = line("\u2014 " + a, false, theme.bodySize() * 0.9f, Element.ALIGN_RIGHT,
                    theme.bodyLeading() * 2);
            flow.add(by);
        });
    }

    private Paragraph line(String text, boolean italic, float size, int alignment, float after) {
        Paragraph line = fonts.paragraph(size * 1.3f);
        line.addAll(fonts.chunks(text, FontSet.Role.BODY, false, italic, size));
        line.setAlignment(alignment);
        line.setRunDirection(TextDirection.of(text));
        line.setSpacingAfter(after);
        return line;
    }
}
