package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders the theme key {@code font.fallback.folders} names, searched for font files that show characters the
 * theme's own fonts lack: folders relative to the styles directory, or {@code system} for the usual font folders of
 * the build machine (Linux, macOS and Windows). Empty unless the theme asks, so a default build uses only the fonts
 * that travel with the book and gives the same bytes on every machine.
 */
final class FallbackFolders {

    static final String KEY = "font.fallback.folders";
    static final String SYSTEM = "system";
    private static final Pattern STYLED = Pattern.compile("(?i)(bold|italic|oblique|black|light|thin|medium|"
            + "semibold|condensed)");

    private FallbackFolders() {
    }

    /** The folders {@code value} names; {@code styles} resolves relative ones. */
    static List<Path> of(String value, Path styles) {
        List<Path> folders = new ArrayList<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            if (name.equalsIgnoreCase(SYSTEM)) {
                folders.addAll(system());
            } else if (!name.isEmpty()) {
                folders.add(styles.resolve(name));
            }
        }
        return folders;
    }

    /** The usual font folders, system-wide first, then the user's. */
    static List<Path> system() {
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> folders = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                home.resolve(".local/share/fonts"), home.resolve(".fonts"), Path.of("/Library/Fonts"),
                Path.of("/System/Library/Fonts"), home.resolve("Library/Fonts")));
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            folders.add(Path.of(windows, "Fonts"));
        }
        return folders;
    }

    /**
     * Every TrueType and OpenType file under {@code folders}, in the folders' order and within each the upright
     * faces first, each group by path, so the same fonts give the same choice.
     */
    static List<Path> fontFiles(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(FallbackFolders::isFont)
                        .sorted(Comparator.comparing(FallbackFolders::isStyled).thenComparing(Path::toString))
                        .forEach(files::add);
            } catch (IOException | RuntimeException e) {
                // An unreadable folder holds no usable fonts; the characters are still reported if none is found.
            }
        }
        return files;
    }

    /** A bold or italic face: tried after the upright ones, whose single face also stands in for the others. */
    private static boolean isStyled(Path file) {
        return STYLED.matcher(file.getFileName().toString()).find();
    }

    private static boolean isFont(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf");
    }
}
