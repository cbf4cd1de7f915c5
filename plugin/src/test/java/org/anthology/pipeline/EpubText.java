package org.anthology.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The words of a book and of a manuscript, compared as letters: what a reader of the EPUB sees against what the
 * author wrote once the markup is set aside.
 */
final class EpubText {

    private EpubText() {
    }

    /**
     * Every letter of the EPUB's content documents, lowercased, tags and everything but letters removed, alt text
     * included: a word of the manuscript is in the book when it is a run of these letters.
     */
    static String letters(Path epub) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".xhtml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        out.append(' ').append(text(new String(in.readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    /** An XHTML document's text: tags dropped but alt text kept, entities of the XML kind resolved. */
    private static String text(String xhtml) {
        String alts = xhtml.replaceAll("(?s)<img[^>]*\\salt=\"([^\"]*)\"[^>]*>", " $1 ");
        return alts.replaceAll("(?s)<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("&quot;", "\"").replace("&apos;", "'");
    }

    /**
     * A manuscript with what is not text set aside: comments, HTML tags, link and image targets, reference and
     * note labels, URLs and front matter keys; what is left is what a reader should find in the book.
     */
    static String prose(String manuscript) {
        return withoutFrontMatter(manuscript).replaceAll("(?s)<!--.*?(-->|$)", " ")
                .replaceAll("<[^>\\n]*>", " ")
                .replaceAll("\\]\\([^)\\n]*\\)?", "] ")
                .replaceAll("\\]\\[[^\\]\\n]*\\]", "] ")
                .replaceAll("(?m)^\\s{0,3}\\[[^\\]\\n]+\\]:.*$", " ")
                .replaceAll("\\[\\^[^\\]\\n]*\\]", " ")
                .replaceAll("\\{[^}\\n]*\\}", " ")
                .replaceAll("(?i)\\b(https?|ftp|mailto):\\S*", " ")
                .replaceAll("\\S+@\\S+", " ")
                .replaceAll("(?m)^[a-z-]+:(\\s|$)", " ");
    }

    /** The text after front matter, found as the reader finds it: a {@code ---} line, fields, a closing line. */
    private static String withoutFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---") || lines[i].equals("...")) {
                return String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
            }
        }
        return text;
    }
}
