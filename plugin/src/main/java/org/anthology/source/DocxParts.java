package org.anthology.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * What mammoth does not report about a Word file, read from its parts: tracked changes (mammoth takes insertions
 * and drops deletions), comments (mammoth leaves them out) and the document's default language.
 */
final class DocxParts {

    private static final Pattern INSERTION = Pattern.compile("<w:ins\\b");
    private static final Pattern DELETION = Pattern.compile("<w:del\\b");
    private static final Pattern COMMENT = Pattern.compile("<w:comment\\b");
    private static final Pattern DEFAULT_LANGUAGE = Pattern.compile(
            "<w:docDefaults>.*?<w:lang\\b[^>]*\\bw:val=\"([^\"]+)\"", Pattern.DOTALL);

    private final Map<String, String> parts;

    private DocxParts(Map<String, String> parts) {
        this.parts = parts;
    }

    /** The XML parts of the Word file {@code bytes}, or null when it is not a Word file. */
    static DocxParts of(byte[] bytes) {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("word/document.xml") || name.equals("word/comments.xml")
                        || name.equals("word/styles.xml")) {
                    parts.put(name, DocxReader.utf8(zip.readAllBytes()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return parts.containsKey("word/document.xml") ? new DocxParts(parts) : null;
    }

    /** Reports tracked changes and comments, which the editions cannot show as such. */
    void report(SourcePosition at, Diagnostics diagnostics) {
        String document = parts.get("word/document.xml");
        int inserted = count(INSERTION, document);
        int deleted = count(DELETION, document);
        if (inserted + deleted > 0) {
            diagnostics.warning(at, "the Word document has tracked changes (" + inserted + " insertions, " + deleted
                    + " deletions); the book shows the text as if they were accepted. Accept or reject them in the "
                    + "word processor");
        }
        int comments = count(COMMENT, parts.getOrDefault("word/comments.xml", ""));
        if (comments > 0) {
            diagnostics.warning(at, "the Word document has " + comments + (comments == 1 ? " comment" : " comments")
                    + ", left out of the book. Resolve or delete the comments in the word processor");
        }
    }

    /** The language the document's styles default to, as a BCP 47 tag. */
    Optional<String> language() {
        Matcher m = DEFAULT_LANGUAGE.matcher(parts.getOrDefault("word/styles.xml", ""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Word files name no author the book can trust (the last editor is not the author). */
    Optional<String> author() {
        return Optional.empty();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
