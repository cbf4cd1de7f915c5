package org.anthology.edition.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anthology.model.SourcePosition;

/**
 * DejaVu fonts from the test class path ({@code net.sf.jasperreports:jasperreports-fonts}), copied into books at test
 * time so no font file is kept in the repository. DejaVu Sans covers Armenian, Georgian and Arabic, which the
 * built-in Liberation families lack; DejaVu Serif covers Georgian but not Armenian.
 */
public final class TestFonts {

    /** DejaVu Sans Book, one TrueType face. */
    public static final String DEJAVU_SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    /** DejaVu Serif Book, one TrueType face. */
    public static final String DEJAVU_SERIF = "net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf";

    private TestFonts() {
    }

    /** The bytes of the font {@code resource}. */
    public static byte[] bytes(String resource) throws IOException {
        try (InputStream in = TestFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the test class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        }
    }

    /** Copies the font {@code resource} into {@code folder} (made if needed) as {@code name}. */
    public static Path copy(String resource, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return Files.write(folder.resolve(name), bytes(resource));
    }

    /** Book fonts with {@code resource} as the only (Regular) face of {@code family}, named by {@code key}. */
    static BookFonts oneFace(String family, String resource, String key) throws IOException {
        return BookFonts.none().with(family, BookFonts.Face.REGULAR, file(family, resource, key));
    }

    /** {@code resource} as a file of {@code family} in {@code styles/fonts/}, named at line 3 by {@code key}. */
    static BookFonts.FontFile file(String family, String resource, String key) throws IOException {
        return file(family, bytes(resource), key);
    }

    /** {@code bytes} as a file of {@code family} in {@code styles/fonts/}, named at line 3 by {@code key}. */
    static BookFonts.FontFile file(String family, byte[] bytes, String key) {
        return new BookFonts.FontFile(key, new SourcePosition("styles/pdf-theme.properties", 3),
                "styles/fonts/" + family + ".ttf", bytes);
    }

    /** The default theme with {@code fallback} as its fallback families. */
    static PdfTheme withFallback(String... fallback) {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("font.fallback", String.join(", ", fallback));
        return PdfTheme.load(properties);
    }
}
