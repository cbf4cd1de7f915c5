package org.anthology.edition.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.anthology.model.SourcePosition;

/**
 * The font files a book brings beside its PDF theme, by family and face, as the pipeline read them; the PDF edition
 * embeds them. A family named in the theme is taken from here when the book brings it, else from the built-in
 * Liberation families ({@link #BUILT_IN}).
 */
public final class BookFonts {

    /** The families that ship with the plugin, as TrueType faces on the class path under {@code liberation/}. */
    public static final List<String> BUILT_IN = List.of("LiberationSerif", "LiberationSans", "LiberationMono");

    /** The four faces of a family, in the order of OpenPDF's style bits (bold 1, italic 2). */
    public enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String suffix;

        Face(String suffix) {
            this.suffix = suffix;
        }

        /** How file names end before the extension: {@code <family>-Bold.ttf}. */
        public String suffix() {
            return suffix;
        }
    }

    /**
     * One face's file: the theme key that named its family and where, the path to show in messages (ending in
     * {@code .ttf} or {@code .otf}), and its bytes.
     */
    public record FontFile(String key, SourcePosition namedAt, String shown, byte[] bytes) {

        public FontFile {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(namedAt, "namedAt");
            Objects.requireNonNull(shown, "shown");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final Map<String, Map<Face, FontFile>> families;

    private BookFonts(Map<String, Map<Face, FontFile>> families) {
        this.families = families;
    }

    /** No font files: every family comes from the built-in ones. */
    public static BookFonts none() {
        return new BookFonts(Map.of());
    }

    /** These fonts and {@code file} as the {@code face} of {@code family}. */
    public BookFonts with(String family, Face face, FontFile file) {
        Map<String, Map<Face, FontFile>> copy = new LinkedHashMap<>();
        families.forEach((name, faces) -> copy.put(name, new LinkedHashMap<>(faces)));
        copy.computeIfAbsent(family, name -> new LinkedHashMap<>()).put(face, file);
        return new BookFonts(copy);
    }

    /** Whether the book brings at least one face of {@code family}. */
    public boolean has(String family) {
        return families.containsKey(family);
    }

    /** Whether {@code family} ships with the plugin. */
    public static boolean isBuiltIn(String family) {
        return BUILT_IN.contains(family);
    }

    /**
     * Every theme key that names font families, with the families it names, in the order the theme gives them:
     * {@code font.body}, {@code font.heading}, {@code font.mono}, {@code font.fallback}.
     */
    public static Map<String, List<String>> familiesByKey(PdfTheme theme) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("font.body", List.of(theme.bodyFont()));
        out.put("font.heading", List.of(theme.headingFont()));
        out.put("font.mono", List.of(theme.monoFont()));
        out.put("font.fallback", theme.fallbackFonts());
        return out;
    }

    /**
     * The file of {@code face} of the book's {@code family}; a family without that face uses its Regular file, so a
     * family with one face sets bold and italic text in it.
     */
    Optional<FontFile> face(String family, Face face) {
        Map<Face, FontFile> faces = families.getOrDefault(family, Map.of());
        return Optional.ofNullable(faces.getOrDefault(face, faces.get(Face.REGULAR)));
    }

    /** Every file of {@code family} the book brings. */
    List<FontFile> files(String family) {
        return List.copyOf(families.getOrDefault(family, Map.of()).values());
    }
}
