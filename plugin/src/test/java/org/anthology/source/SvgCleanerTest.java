package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgCleanerTest {

    private static final SourcePosition AT = new SourcePosition("texts/a.md", 2);
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">";

    @TempDir
    Path folder;

    @Test
    void carriesACleanSvgAsItIs() throws IOException {
        Path file = svg("clean.svg", SVG + "<rect width=\"4\" height=\"4\" fill=\"url(#g)\"/></svg>");
        Diagnostics diagnostics = new Diagnostics();

        assertEquals(Optional.of(file), ImageCheck.check(file, "clean.svg", AT, diagnostics));
        assertEquals(List.of(), diagnostics.problems());
    }

    @Test
    void neverReadsAnExternalEntity() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the secret");
        Path file = svg("xxe.svg", "<!DOCTYPE svg [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + SVG + "<text>&s;</text></svg>");
        Diagnostics diagnostics = new Diagnostics();

        Path carried = ImageCheck.check(file, "xxe.svg", AT, diagnostics).orElseThrow();

        assertNotEquals(file, carried);
        String text = Files.readString(carried, StandardCharsets.UTF_8);
        assertFalse(text.contains("the secret"), text);
        assertFalse(text.contains("DOCTYPE"), text);
        assertEquals(List.of("texts/a.md:2: image 'xxe.svg' had a DOCTYPE, which an e-book must not carry; the book "
                + "carries a copy without them. Remove them from the file to keep it as it is"), messages(diagnostics));
    }

    @Test
    void keepsInternalAndDataReferences() throws IOException {
        Path file = svg("refs.svg", SVG.replace(">", " xmlns:xlink=\"http://www.w3.org/1999/xlink\">")
                + "<use xlink:href=\"#a\"/><image href=\"data:image/png;base64,AAAA\"/>"
                + "<a href=\"javascript:go()\"><image xlink:href=\"../../outside.png\"/></a></svg>");
        Diagnostics diagnostics = new Diagnostics();

        String text = Files.readString(ImageCheck.check(file, "refs.svg", AT, diagnostics).orElseThrow());

        assertTrue(text.contains("xlink:href=\"#a\"") && text.contains("href=\"data:image/png;base64,AAAA\""), text);
        assertFalse(text.contains("javascript") || text.contains("outside.png"), text);
        assertEquals(List.of("texts/a.md:2: image 'refs.svg' had a reference to javascript:go(), a reference to "
                + "../../outside.png, which an e-book must not carry; the book carries a copy without them. Remove "
                + "them from the file to keep it as it is"), messages(diagnostics));
    }

    @Test
    void refusesMalformedXmlAndOtherDocuments() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        ImageCheck.check(svg("broken.svg", SVG + "\n<rect>\n</svg>"), "broken.svg", AT, diagnostics);
        ImageCheck.check(svg("page.svg", "<html><body/></html>"), "page.svg", AT, diagnostics);

        assertEquals(List.of("texts/a.md:2: image 'broken.svg' is not well-formed XML: it breaks at line 3. Fix the "
                        + "file or export the SVG again",
                "texts/a.md:2: image 'page.svg' is not an SVG image: its root element is <html>. Link an SVG, JPEG, "
                        + "PNG, GIF or WebP file"), messages(diagnostics));
        assertTrue(diagnostics.problems().stream().allMatch(p -> p.severity() == Problem.Severity.ERROR));
    }

    private Path svg(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> messages(Diagnostics diagnostics) {
        return diagnostics.problems().stream().map(Problem::toString).toList();
    }
}
