package org.anthology.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.anthology.edition.Edition;
import org.anthology.edition.epub.EpubEdition;
import org.anthology.model.PerChapter;
import org.anthology.edition.epub.EpubOptions;
import org.anthology.edition.pdf.BookFonts;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.model.Diagnostics;
import org.anthology.source.SourceText;

/**
 * Loads the book's look from the styles directory ({@code epub.css}, {@code pdf-theme.properties} and the font files
 * in {@code fonts/}), falling back to the built-in style for a file that is not there, with the PDF theme keys the
 * POM or the command line set on top, and makes the editions the settings ask for.
 */
final class Styles {

    static final String EPUB_CSS = "epub.css";
    static final String PDF_THEME = "pdf-theme.properties";

    private final Path directory;
    private final List<ThemeSetting> themeSettings;
    private final Diagnostics diagnostics;
    private final BuildLog log;
    private List<Path> fallbackFolders = List.of();

    /** The styles in {@code directory}, with the PDF theme keys {@code themeSettings} sets on top of its file. */
    Styles(Path directory, List<ThemeSetting> themeSettings, Diagnostics diagnostics, BuildLog log) {
        this.directory = directory;
        this.log = log;
        this.themeSettings = List.copyOf(themeSettings);
        this.diagnostics = diagnostics;
    }

    List<Edition> editions(Set<Format> formats, EpubOptions epubOptions, PerChapter tasks) throws IOException {
        List<Edition> editions = new ArrayList<>();
        for (Format format : formats) {
            switch (format) {
                case EPUB -> {
                    log.debug("EPUB style sheet: " + (Files.isRegularFile(directory.resolve(EPUB_CSS))
                            ? shown(EPUB_CSS) : "built in"));
                    editions.add(new EpubEdition(text(EPUB_CSS), epubOptions, tasks));
                }
                case PDF -> pdfEdition(epubOptions.subjects(), tasks).ifPresent(editions::add);
                default -> throw new IllegalStateException("no edition for " + format);
            }
        }
        return editions;
    }

    /**
     * The PDF edition in the theme's look, with the fonts the theme names from the styles' fonts folder and the book's
     * {@code subjects} among its keywords.
     */
    private java.util.Optional<PdfEdition> pdfEdition(List<String> subjects, PerChapter tasks) throws IOException {
        Path own = directory.resolve(PDF_THEME);
        String text = Files.isRegularFile(own) ? decoded(own, PDF_THEME) : "";
        java.util.Optional<PdfThemeSettings.Checked> checked = PdfThemeSettings.read(shown(PDF_THEME), text,
                themeSettings, diagnostics);
        if (checked.isEmpty()) {
            // the font files are still checked, so every problem of the theme shows in one build
            new FontFolder(directory, shown(PDF_THEME), text, diagnostics)
                    .read(PdfThemeSettings.fontsOf(shown(PDF_THEME), text, themeSettings));
            return java.util.Optional.empty();
        }
        PdfTheme theme = checked.get().theme();
        fallbackFolders = FallbackFolders.of(checked.get().keys().getProperty(FallbackFolders.KEY, ""), directory);
        log.debug("PDF theme: " + (text.isEmpty() ? "built-in defaults" : shown(PDF_THEME))
                + themeSettings.stream().map(s -> ", " + s.key() + "=" + s.value() + " from " + s.origin())
                .collect(java.util.stream.Collectors.joining()));
        BookFonts bookFonts = new FontFolder(directory, shown(PDF_THEME), text, diagnostics).read(theme);
        BookFonts.familiesByKey(theme).forEach((key, families) -> families.forEach(family -> log.debug(
                "PDF font " + key + " " + family + ": " + (bookFonts.has(family) ? "files " + shown(FontFolder.FONTS)
                        + "/" + family + "-*" : "built in"))));
        return java.util.Optional.of(new PdfEdition(theme, bookFonts, subjects, tasks));
    }

    /** The folders the theme names for fonts that show what its own fonts lack; empty when it names none. */
    List<Path> fallbackFolders() {
        return fallbackFolders;
    }

    /** The named style file's text: the book's own, else the built-in one. */
    private String text(String name) throws IOException {
        Path own = directory.resolve(name);
        if (Files.isRegularFile(own)) {
            return decoded(own, name);
        }
        try (InputStream in = Styles.class.getResourceAsStream("/org/anthology/styles/" + name)) {
            if (in == null) {
                throw new IOException("built-in style " + name + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A style file's text, decoded like every text the build reads; empty after a reported problem. */
    private String decoded(Path file, String name) throws IOException {
        return SourceText.decodeUtf8(Files.readAllBytes(file), shown(name), diagnostics).orElse("");
    }

    private String shown(String name) {
        return directory.getFileName() + "/" + name;
    }
}
