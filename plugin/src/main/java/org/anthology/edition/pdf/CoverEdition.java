package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.edition.Edition;
import org.anthology.edition.PrintersCheck;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;
import org.anthology.toc.TableOfContents;

/**
 * Writes the paperback's cover as its own print file, {@code <finalName>-cover.pdf}: back, spine and front on one
 * sheet at the interior's trim plus bleed, with the spine as wide as the interior's final page count makes it on
 * the theme's paper by the service's formula, so a late edit that adds pages gives a cover that still fits. The
 * front is the book's picture ({@code src/cover.*}) or set from the title; the spine carries title and editors
 * only from the service's page count for spine text; the back carries the description and, when the book's
 * identifier is an ISBN, its EAN-13 barcode. A PDF/A-1b file, like the interior, the same bytes on every write.
 *
 * <p>It must be written after the {@link PdfEdition} it belongs to, whose page count it reads.
 */
public final class CoverEdition implements Edition {

    private final PdfEdition interior;
    private final BookFonts bookFonts;
    private final Optional<CoverArt> art;
    private final List<String> subjects;
    private PrintersCheck check;

    /** The cover of {@code interior}, with the book's fonts, its front from {@code art} when given. */
    public CoverEdition(PdfEdition interior, BookFonts bookFonts, Optional<CoverArt> art, List<String> subjects) {
        this.interior = interior;
        this.bookFonts = bookFonts;
        this.art = art;
        this.subjects = List.copyOf(subjects);
    }

    /**
     * The cover's fonts: the very faces its interior parsed, so that a face is not read again, each with subset
     * tags of the cover's own (which changes no byte).
     */
    FontSet fonts() {
        return new FontSet(interior.theme(), bookFonts, interior.parsedFonts());
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String classifier() {
        return "cover";
    }

    /** Warns, naming the file, when the front picture cannot be read or prints under 300 dpi. */
    @Override
    public void check(Anthology book, Diagnostics diagnostics) {
        art.ifPresent(picture -> problemWith(picture).ifPresent(problem -> diagnostics.warning(null, problem)));
    }

    @Override
    public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
        PdfTheme theme = interior.theme();
        CoverLayout layout = CoverLayout.of(theme, interior.pageCount());
        Document document = new Document(layout.media(), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, new KeepOpen(out));
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        writer.setBoxSize("trim", layout.trimBox());
        writer.setBoxSize("bleed", layout.media());
        DocumentInfo.describe(document, book, subjects);
        List<String> unmet = new ArrayList<>();
        try {
            document.open();
            DocumentInfo.outputIntent(writer);
            draw(new CoverPanels(theme, fonts(), layout, writer.getDirectContent()), book, layout, unmet);
            DocumentInfo.stamp(writer, book.metadata().withTitle(book.metadata().title() + " (cover)"));
        } finally {
            AsciiXref.close(document);
        }
        out.flush();
        check = PrinterFigures.cover(theme, layout, spineText(layout), unmet);
    }

    @Override
    public Optional<PrintersCheck> printersCheck() {
        return Optional.ofNullable(check);
    }

    /** Whether the spine of {@code layout} carries text: only from the service's page count for it. */
    static boolean spineText(CoverLayout layout, PrintService service) {
        return layout.pages() >= service.spineTextPages();
    }

    private boolean spineText(CoverLayout layout) {
        return spineText(layout, interior.theme().print().service());
    }

    private void draw(CoverPanels panels, Anthology book, CoverLayout layout, List<String> unmet) throws IOException {
        panels.background();
        Optional<BufferedImage> picture = art.flatMap(CoverArt::pixels);
        if (picture.isPresent()) {
            panels.frontPicture(picture.get());
            int dpi = CoverArt.dpi(picture.get(), layout.frontWithBleed().getWidth(),
                    layout.frontWithBleed().getHeight());
            if (dpi < CoverArt.PRINT_DPI) {
                unmet.add("the front picture " + art.get().shown() + " prints at " + dpi + " dpi, under 300");
            }
        } else if (!panels.frontText(book.metadata())) {
            unmet.add("the title, subtitle and editors do not all fit the front; shorten them");
        }
        if (spineText(layout)) {
            panels.spine(book.metadata());
        }
        if (!panels.back(book.metadata())) {
            unmet.add("the description does not all fit the back; shorten it");
        }
        Isbn.in(book.metadata().identifier()).ifPresent(panels::barcode);
    }

    /** What keeps {@code picture} from printing well on the front, if anything. */
    private Optional<String> problemWith(CoverArt picture) {
        Optional<BufferedImage> pixels = picture.pixels();
        if (pixels.isEmpty()) {
            return Optional.of(picture.shown() + ": the print cover cannot read this picture (it reads JPEG, PNG, "
                    + "GIF and BMP), so its front is set from the title instead. Save the picture as JPEG or PNG");
        }
        CoverLayout front = CoverLayout.of(interior.theme(), 0);
        float width = front.frontWithBleed().getWidth();
        float height = front.frontWithBleed().getHeight();
        int dpi = CoverArt.dpi(pixels.get(), width, height);
        if (dpi >= CoverArt.PRINT_DPI) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT, "%s: the cover picture prints at %d dpi on the "
                + "%s x %s in front with its bleed; printers ask for 300. Use a picture of at least %d x %d pixels",
                picture.shown(), dpi, TrimSize.inches(width), TrimSize.inches(height),
                (int) Math.ceil(width / TrimSize.INCH * CoverArt.PRINT_DPI),
                (int) Math.ceil(height / TrimSize.INCH * CoverArt.PRINT_DPI)));
    }
}
