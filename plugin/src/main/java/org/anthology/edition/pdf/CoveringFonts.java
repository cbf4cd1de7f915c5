package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anthology.model.SourcePosition;

/**
 * Chooses, from font files found on the build machine, the fewest that show characters the theme's fonts lack: the
 * files are tried in the order given (the caller sorts them, so the choice is the same on every run with the same
 * fonts), and a file is taken when it shows a character that no file taken before it shows.
 */
public final class CoveringFonts {

    /** A font file taken, the family name it is known by, and the characters it was taken for. */
    public record Choice(Path file, String family, List<Integer> codePoints) {
        public Choice {
            codePoints = List.copyOf(codePoints);
        }
    }

    private CoveringFonts() {
    }

    /**
     * The files of {@code candidates} that together show as many of {@code missing} as any of them can, leaving out
     * files of a family in {@code known} so a machine's copy never replaces a font the theme already names.
     */
    public static List<Choice> choose(Set<Integer> missing, List<Path> candidates, Set<String> known) {
        Set<Integer> left = new LinkedHashSet<>(missing);
        List<Choice> chosen = new ArrayList<>();
        Set<String> families = new java.util.HashSet<>(known);
        for (Path file : candidates) {
            if (left.isEmpty()) {
                break;
            }
            if (families.contains(family(file))) {
                continue;
            }
            List<Integer> shown = shown(file, left);
            if (!shown.isEmpty()) {
                chosen.add(new Choice(file, family(file), shown));
                families.add(family(file));
                left.removeAll(shown);
            }
        }
        return chosen;
    }

    /**
     * The edition {@code edition} would be with {@code chosen} added as fallback families, each with its file as
     * the regular face (bold and italic text in it is set in that face).
     */
    public static PdfEdition withFallbacks(PdfEdition edition, List<Choice> chosen) throws IOException {
        BookFonts fonts = edition.bookFonts();
        List<String> fallbacks = new ArrayList<>(edition.theme().fallbackFonts());
        for (Choice choice : chosen) {
            fonts = fonts.with(choice.family(), BookFonts.Face.REGULAR, new BookFonts.FontFile("font.fallback",
                    new SourcePosition(choice.file().toString(), 1), choice.file().toString(),
                    Files.readAllBytes(choice.file())));
            fallbacks.add(choice.family());
        }
        PdfTheme t = edition.theme();
        PdfTheme theme = new PdfTheme(t.paper(), t.marginInner(), t.marginOuter(), t.marginTop(), t.marginBottom(),
                t.bodyFont(), t.headingFont(), t.monoFont(), t.bodySize(), t.bodyLeading(), t.headingSize(),
                t.monoSize(), t.footerSize(), t.chapterRecto(), t.hyphenate(), fallbacks, t.colours(), t.running(),
                t.contentsAuthors(), t.paragraphStyle(), t.print(), t.tagged());
        return new PdfEdition(theme, fonts, edition.subjects(), edition.tasks());
    }

    private static List<Integer> shown(Path file, Set<Integer> wanted) {
        try {
            BaseFont font = BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Files.readAllBytes(file), null);
            return wanted.stream().filter(font::charExists).toList();
        } catch (IOException | RuntimeException e) {
            // A file the font reader cannot read (a collection, a bitmap font) shows nothing: try the next one.
            return List.of();
        }
    }

    /** {@code NotoSansArmenian-Regular.ttf} is the family {@code NotoSansArmenian}. */
    public static String family(Path file) {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String family = stem.replaceFirst("(?i)[-_ ]?(regular|book|roman)$", "").replaceAll("[^A-Za-z0-9]", "");
        return family.isEmpty() ? "FallbackFont" : family;
    }
}
