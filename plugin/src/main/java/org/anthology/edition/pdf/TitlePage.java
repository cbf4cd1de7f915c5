package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.List;
import org.anthology.model.Credits;
import org.anthology.model.Metadata;

/** Lays out the title page: the book's title, subtitle and credits line, centred, the title a quarter of the way down the page. */
final class TitlePage {

    private final PdfTheme theme;
    private final FontSet fonts;

    TitlePage(PdfTheme theme, FontSet fonts) {
        this.theme = theme;
        this.fonts = fonts;
    }

    /** Sets the title page in {@code flow}, which stands at the top of the first page. */
    void write(PageFlow flow, Metadata metadata, Credits credits) {
        float titleSize = theme.headingSize() * 1.5f;
        Paragraph title = centred(fonts.chunks(metadata.title(), FontSet.Role.HEADING, true, false, titleSize),
                titleSize * 1.2f);
        flow.skip(theme.paper().height() / 4 - theme.marginTop());
        flow.add(title);
        metadata.subtitle().ifPresent(subtitle -> {
            float size = theme.headingSize() * 0.8f;
            Paragraph line = centred(fonts.chunks(subtitle, FontSet.Role.HEADING, false, false, size), size * 1.3f);
            line.setSpacingBefore(size * 0.5f);
            flow.add(line);
        });
        String creators = credits.creatorLine();
        if (!creators.isEmpty()) {
            float size = theme.bodySize() * 1.3f;
            Paragraph line = centred(fonts.chunks(creators, FontSet.Role.BODY, false, true, size), size * 1.4f);
            line.setSpacingBefore(theme.headingSize() * 2);
            flow.add(line);
        }
    }

    private Paragraph centred(List<Chunk> chunks, float leading) {
        Paragraph paragraph = fonts.paragraph(leading);
        paragraph.addAll(chunks);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setRunDirection(TextDirection.of(paragraph.getContent()));
        return paragraph;
    }
}
