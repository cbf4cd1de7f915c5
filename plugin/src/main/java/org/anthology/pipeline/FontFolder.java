package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.anthology.edition.pdf.BookFonts;
import org.anthology.edition.pdf.BookFonts.Face;
import org.anthology.edition.pdf.BookFonts.FontFile;
import org.anthology.edition.pdf.PdfTheme;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Reads the font files of the families the PDF theme names from the {@code fonts/} folder of the styles directory:
 * {@code <family>-Regular.ttf} (or {@code <family>.ttf}), {@code -Bold}, {@code -Italic} and {@code -BoldItalic},
 * each as {@code .ttf} or {@code .otf}. A family found there wins over a built-in one of the same name; a family
 * found in neither place is an error at the theme line that names it.
 */
final class FontFolder {

    static final String FONTS = "fonts";

    private final Path directory;
    private final String shownTheme;
    private final List<String> themeLines;
    private final Diagnostics diagnostics;

    /** A folder under {@code styles}, reporting against the theme file shown as {@code shownTheme}. */
    FontFolder(Path styles, String shownTheme, String themeText, Diagnostics diagnostics) {
        this.directory = styles.resolve(FONTS);
        this.shownTheme = shownTheme;
        this.themeLines = themeText.lines().toList();
        this.diagnostics = diagnostics;
    }

    /** The files of every family {@code theme} names that the folder holds. */
    BookFonts read(PdfTheme theme) {
        BookFonts fonts = BookFonts.none();
        for (Map.Entry<String, List<String>> named : BookFonts.familiesByKey(theme).entrySet()) {
            SourcePosition at = new SourcePosition(shownTheme, lineOf(named.getKey()));
            for (String family : named.getValue()) {
                if (!fonts.has(family)) {
                    fonts = readFamily(fonts, named.getKey(), at, family);
                }
            }
        }
        return fonts;
    }

    private BookFonts readFamily(BookFonts fonts, String key, SourcePosition at, String family) {
        BookFonts out = fonts;
        for (Face face : Face.values()) {
            Optional<Path> file = find(family, face);
            Optional<byte[]> bytes = file.flatMap(path -> bytes(path, key, at));
            if (bytes.isPresent()) {
                out = out.with(family, face, new FontFile(key, at, shown(file.get()), bytes.get()));
            }
        }
        if (out.has(family) && find(family, Face.REGULAR).isEmpty()) {
            diagnostics.error(at, key + ": " + shown(directory) + "/ has faces of " + family + " but no "
                    + family + "-Regular.ttf. Add the family's Regular face; the other faces fall back to it");
        } else if (!out.has(family) && !BookFonts.isBuiltIn(family)) {
            diagnostics.error(at, key + ": no font family " + family + " in " + shown(directory) + "/ (looked for "
                    + family + "-Regular.ttf, " + family + ".ttf and their .otf twins), and it is not built in ("
                    + String.join(", ", BookFonts.BUILT_IN) + "). Copy the family's files into "
                    + shown(directory) + "/ or name a built-in family");
        }
        return out;
    }

    /** The file of {@code face}: {@code <family>-<Face>.ttf}, then {@code .otf}; a Regular may omit its suffix. */
    private Optional<Path> find(String family, Face face) {
        List<String> stems = face == Face.REGULAR ? List.of(family + "-Regular", family)
                : List.of(family + "-" + face.suffix());
        for (String stem : stems) {
            for (String extension : List.of(".ttf", ".otf")) {
                Path file = directory.resolve(stem + extension);
                if (Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<byte[]> bytes(Path file, String key, SourcePosition at) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(at, key + ": font file " + shown(file) + " cannot be read (" + e + "). "
                    + "Make the file readable or remove it");
            return Optional.empty();
        }
    }

    /** The 1-based line that sets {@code key}, or 1 when the theme leaves it at its default. */
    private int lineOf(String key) {
        Pattern setting = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:\\s].*|\\s*" + Pattern.quote(key));
        for (int i = 0; i < themeLines.size(); i++) {
            if (setting.matcher(themeLines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 1;
    }

    private String shown(Path file) {
        String folder = directory.getParent().getFileName() + "/" + FONTS;
        return file.equals(directory) ? folder : folder + "/" + file.getFileName();
    }
}
