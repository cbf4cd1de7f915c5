package org.anthology.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.zwobble.mammoth.DocumentConverter;
import org.zwobble.mammoth.Result;

/**
 * Reads a Word manuscript ({@code .docx}) through mammoth, which turns paragraph and character styles into
 * semantic HTML through a style map, then through the HTML reader. The built-in map knows the heading, quotation
 * and emphasis styles of Word and LibreOffice; a chapter's {@code style-map} lines extend it. Each style mammoth
 * does not know is reported once; tracked changes and comments are reported, never silently taken.
 */
final class DocxReader {

    /** Styles Word and LibreOffice name differently from mammoth's defaults. */
    static final String STYLE_MAP = String.join("\n",
            "p[style-name='Title'] => h1:fresh",
            "p[style-name='Subtitle'] => p:fresh",
            "p[style-name='Quotations'] => blockquote > p:fresh",
            "p[style-name='Quote'] => blockquote > p:fresh",
            "p[style-name='Intense Quote'] => blockquote > p:fresh",
            "p[style-name='Block Text'] => blockquote > p:fresh",
            "p[style-name='Text Body'] => p:fresh",
            "p[style-name='Body Text'] => p:fresh",
            "p[style-name='First Paragraph'] => p:fresh",
            "p[style-name='Compact'] => p:fresh",
            "p[style-name='Normal (Web)'] => p:fresh",
            "p[style-name='Preformatted Text'] => pre:separator('\\n')",
            "p[style-name='Source Code'] => pre:separator('\\n')",
            "p[style-name='Footnote'] => p:fresh",
            "p[style-name='Footnote Text'] => p:fresh",
            "p[style-name='Endnote'] => p:fresh",
            "p[style-name='Endnote Text'] => p:fresh",
            "p[style-name='Table Contents'] => p:fresh",
            "p[style-name='Table Heading'] => p:fresh",
            "p[style-name='Caption'] => p:fresh",
            "p[style-name='Figure'] => p:fresh",
            "p[style-name='Illustration'] => p:fresh",
            "p[style-name='List Paragraph'] => p:fresh",
            "r[style-name='Emphasis'] => em",
            "r[style-name='Strong'] => strong",
            "r[style-name='Strong Emphasis'] => strong",
            "r[style-name='Book Title'] => em",
            "r[style-name='Quotation'] => em",
            "r[style-name='Source Text'] => code",
            "r[style-name='Verbatim Char'] => code",
            "r[style-name='Footnote Characters'] => ",
            "r[style-name='Footnote Anchor'] => ",
            "r[style-name='Endnote Characters'] => ",
            "r[style-name='Endnote Anchor'] => ",
            "r[style-name='Internet Link'] => ",
            "r[style-name='Hyperlink'] => ");

    private final HtmlReader html = new HtmlReader();

    /** The text of the Word file {@code bytes}; {@code styleMap} adds mammoth style-map lines. */
    Optional<HtmlReader.Page> read(byte[] bytes, String file, Path directory, List<String> styleMap,
                                   Diagnostics diagnostics) {
        SourcePosition at = new SourcePosition(file, 1);
        DocxParts parts = DocxParts.of(bytes);
        if (parts == null) {
            diagnostics.error(at, "not a Word document (.docx). Save it from the word processor as Word 2007-365 "
                    + "(.docx)");
            return Optional.empty();
        }
        Result<String> result;
        try {
            DocumentConverter converter = new DocumentConverter().addStyleMap(STYLE_MAP);
            if (!styleMap.isEmpty()) {
                converter = converter.addStyleMap(String.join("\n", styleMap));
            }
            result = converter.convertToHtml(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            diagnostics.error(at, "cannot read the Word document (" + e.getMessage() + "). Open it in the word "
                    + "processor and save it again as .docx");
            return Optional.empty();
        }
        for (String warning : new TreeSet<>(result.getWarnings())) {
            diagnostics.warning(at, "Word: " + warning.replaceAll("\\.$", "") + ". Map the style with a "
                    + "'style-map' line in the contents file, e.g. \"p[style-name='Poem'] => p.poem:fresh\"");
        }
        parts.report(at, diagnostics);
        HtmlReader.Page page = html.page(result.getValue(), file, directory, diagnostics);
        return Optional.of(new HtmlReader.Page(page.blocks(), page.title(), parts.author(),
                parts.language().or(page::language)));
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
