package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.util.List;
import org.anthology.model.Metadata;

/** Lays out the title page: the book's title, subtitle and creators, centred a third of the way down. */
final class TitlePage {

    private final PdfTheme theme;
    private final FontSet fonts;

    TitlePage(PdfTheme theme, FontSet fonts) {
        this.theme = theme;
        this.fonts = fonts;
    }

    /** Adds the title page to {@code document}. */
    void write(Document document, Metadata metadata) {
        float titleSize = theme.headingSize() * 1.5f;
        Paragraph title = centred(fonts.chunks(metadata.title(), FontSet.Role.HEADING, true, false, titleSize),
                titleSize * 1.2f);
        title.setSpacingBefore(theme.paper().height() / 4);
        document.add(title);
        metadata.subtitle().ifPresent(subtitle -> {
            float size = theme.headingSize() * 0.8f;
            Paragraph line = centred(fonts.chunks(subtitle, FontSet.Role.HEADING, false, false, size), size * 1.3f);
            line.setSpacingBefore(size * 0.5f);
            document.add(line);
        });
        float size = theme.bodySize() * 1.3f;
        boolean first = true;
        for (String creator : metadata.creators()) {
            Paragraph line = centred(fonts.chunks(creator, FontSet.Role.BODY, false, true, size), size * 1.4f);
            line.setSpacingBefore(first ? theme.headingSize() * 2 : 0f);
            document.add(line);
            first = false;
        }
    }

    private Paragraph centred(List<Chunk> chunks, float leading) {
        Paragraph paragraph = fonts.paragraph(leading);
        paragraph.addAll(chunks);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }
}
