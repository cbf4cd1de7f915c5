package org.anthology.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Properties;
import org.anthology.edition.Edition;
import org.anthology.edition.epub.EpubEdition;
import org.anthology.edition.epub.EpubOptions;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Loads the book's look from the styles directory ({@code epub.css}, {@code pdf-theme.properties} and the font files
 * in {@code fonts/}), falling back to the built-in style for a file that is not there, and makes the editions the
 * settings ask for.
 */
final class Styles {

    static final String EPUB_CSS = "epub.css";
    static final String PDF_THEME = "pdf-theme.properties";

    private final Path directory;
    private final Diagnostics diagnostics;
    private List<Path> fallbackFolders = List.of();

    Styles(Path directory, Diagnostics diagnostics) {
        this.directory = directory;
        this.diagnostics = diagnostics;
    }

    List<Edition> editions(Set<Format> formats, EpubOptions epubOptions) throws IOException {
        List<Edition> editions = new ArrayList<>();
        for (Format format : formats) {
            switch (format) {
                case EPUB -> editions.add(new EpubEdition(text(EPUB_CSS), epubOptions));
                case PDF -> pdfEdition(epubOptions.subjects()).ifPresent(editions::add);
                default -> throw new IllegalStateException("no edition for " + format);
            }
        }
        return editions;
    }

    /**
     * The PDF edition in the theme's look, with the fonts the theme names from the styles' fonts folder and the book's
     * {@code subjects} among its keywords.
     */
    private java.util.Optional<PdfEdition> pdfEdition(List<String> subjects) throws IOException {
        String text = text(PDF_THEME);
        Properties properties = new Properties();
        try (Reader in = new StringReader(text)) {
            properties.load(in);
        }
        try {
            PdfTheme theme = PdfTheme.load(properties);
            fallbackFolders = FallbackFolders.of(properties.getProperty(FallbackFolders.KEY, ""), directory);
            FontFolder fonts = new FontFolder(directory, shown(PDF_THEME), text, diagnostics);
            return java.util.Optional.of(new PdfEdition(theme, fonts.read(theme), subjects));
        } catch (IllegalArgumentException e) {
            diagnostics.error(new SourcePosition(shown(PDF_THEME), 1), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** The folders the theme names for fonts that show what its own fonts lack; empty when it names none. */
    List<Path> fallbackFolders() {
        return fallbackFolders;
    }

    /** The named style file's text: the book's own, else the built-in one. */
    private String text(String name) throws IOException {
        Path own = directory.resolve(name);
        if (Files.isRegularFile(own)) {
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        try (InputStream in = Styles.class.getResourceAsStream("/org/anthology/styles/" + name)) {
            if (in == null) {
                throw new IOException("built-in style " + name + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String shown(String name) {
        return directory.getFileName() + "/" + name;
    }
}
