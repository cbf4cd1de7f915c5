package org.anthology.edition.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Credits;
import org.anthology.model.Metadata;
import org.anthology.model.Wording;

/**
 * Lays out the copyright page on the back of the title page, as printed books have one: the title, the editors,
 * the description, the publisher and rights, the language and identifier, and a line naming the program that made
 * the book. Only what the metadata has is set, in groups, small and ranged left at the foot of the page, where a
 * reader looks for it and where it leaves the spread with the title page quiet.
 */
final class CopyrightPage {

    /** Taller than any page, for measuring. */
    private static final float UNLIMITED = 1_000_000f;

    private final PdfTheme theme;
    private final FontSet fonts;

    CopyrightPage(PdfTheme theme, FontSet fonts) {
        this.theme = theme;
        this.fonts = fonts;
    }

    /**
     * Draws the copyright lines of {@code metadata} at the foot of the writer's current page, a left-hand page,
     * within that page's margins (which allow for any bleed around the trim).
     */
    void write(PdfWriter writer, Metadata metadata, Credits credits) {
        List<List<String>> groups = groups(metadata, credits);
        com.lowagie.text.pdf.PdfDocument page = writer.getDirectContent().getPdfDocument();
        ColumnText measure = column(new ColumnText(null), page, groups, UNLIMITED);
        measure.go(true);
        float height = page.bottom() + UNLIMITED - measure.getYLine();
        // A point to spare, so rounding never pushes the last line out of the column.
        column(new ColumnText(writer.getDirectContent()), page, groups, height + 1f).go();
        writer.setPageEmpty(false);
    }

    /** The lines to set, in groups of what belongs together; empty groups are left out. */
    static List<List<String>> groups(Metadata metadata, Credits credits) {
        Wording wording = credits.wording();
        List<List<String>> groups = new ArrayList<>();
        List<String> book = new ArrayList<>();
        book.add(metadata.title());
        metadata.subtitle().ifPresent(book::add);
        // The chapter authors are credited at their chapters' openings, so the page keeps to the book's makers.
        if (!credits.creatorLine().isEmpty()) {
            book.add(credits.creatorLine());
        }
        groups.add(book);
        metadata.description().ifPresent(description -> groups.add(List.of(description)));
        List<String> publishing = new ArrayList<>();
        metadata.publisher().ifPresent(publisher -> publishing.add(wording.get("published-by", publisher)));
        metadata.rights().ifPresent(publishing::add);
        if (!publishing.isEmpty()) {
            groups.add(publishing);
        }
        groups.add(List.of(wording.get("language", wording.languageName(metadata.language())),
                wording.get("identifier", metadata.identifier())));
        groups.add(List.of(wording.get("made-with")));
        return groups;
    }

    private ColumnText column(ColumnText column, com.lowagie.text.pdf.PdfDocument page, List<List<String>> groups,
                              float height) {
        float bottom = page.bottom();
        column.setSimpleColumn(page.left(), bottom, page.right(), bottom + height);
        float size = theme.footerSize();
        float leading = size * 1.35f;
        boolean firstGroup = true;
        for (List<String> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                Paragraph line = fonts.paragraph(leading);
                // The title is set in italic, as a book's title is wherever it is named.
                line.addAll(fonts.chunks(group.get(i), FontSet.Role.BODY, false, firstGroup && i == 0, size));
                line.setAlignment(Element.ALIGN_LEFT);
                line.setRunDirection(TextDirection.of(group.get(i)));
                line.setSpacingBefore(i == 0 && !firstGroup ? leading * 0.75f : 0f);
                column.addElement(line);
            }
            firstGroup = false;
        }
        return column;
    }
}
