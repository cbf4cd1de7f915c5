package org.anthology.edition.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Fixtures;
import org.anthology.toc.TocBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.anthology.BookCheck;

class EpubStyleSheetTest {

    /** The book's own style sheet, of which the built-in one is a copy; tests run in {@code plugin/}. */
    private static final Path BOOK_CSS = Path.of("../styles/epub.css");

    @TempDir
    Path dir;

    @Test
    void builtInStyleSheetIsACopyOfTheBooks() throws IOException {
        assertEquals(Files.readString(BOOK_CSS), builtIn());
    }

    @Test
    void leavesFontSizeAndColourToTheReader() throws IOException {
        String css = builtIn();

        assertFalse(Pattern.compile("\\d(px|pt|cm|mm|in)\\b").matcher(css).find(), "absolute unit in style sheet");
        assertFalse(Pattern.compile("(^|[\\s;{])(color|background)(-color)?\\s*:").matcher(css).find(),
                "colour in style sheet");
        assertTrue(css.contains("widows: 2") && css.contains("orphans: 2"));
        assertTrue(css.contains("hyphens: auto"));
    }

    @BookCheck
    @Test
    void passesEpubCheckWithTheBuiltInStyleSheet() throws IOException {
        Path epub = dir.resolve("styled.epub");
        Anthology book = Fixtures.twoChapterBook();
        try (OutputStream out = Files.newOutputStream(epub)) {
            new EpubEdition(builtIn()).write(book, new TocBuilder(3).build(book), out);
        }

        EpubCheckResult result = EpubChecker.check(epub);

        assertTrue(result.isClean(), result::toString);
    }

    private static String builtIn() throws IOException {
        try (InputStream in = EpubEdition.class.getResourceAsStream("/org/anthology/styles/epub.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
