package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Reads one decoded manuscript into a chapter: splits off front matter, runs the plain-text or Markdown reader,
 * and settles the title by precedence: contents file, front matter {@code title}, the text's own title heading
 * (its first heading, when it opens the text or is level 1), then the file name made readable.
 */
final class ChapterReader {

    private final PlainTextReader plainText = new PlainTextReader();
    private final MarkdownReader markdown = new MarkdownReader();

    Chapter read(String id, String text, String file, java.nio.file.Path directory, ContentsFile.Entry entry,
                 boolean isMarkdown,
                 Diagnostics diagnostics) {
        FrontMatter front = FrontMatter.parse(text, file, diagnostics);
        List<Block> blocks = isMarkdown
                ? markdown.read(front.body(), file, front.bodyStartLine(), directory, diagnostics)
                : plainText.read(front.body(), file, front.bodyStartLine(), entry.paragraphs(), diagnostics);
        Optional<Block.Heading> titleHeading = titleHeading(blocks);
        String title = entry.title()
                .or(() -> front.text("title"))
                .or(() -> titleHeading.map(Block.Heading::text))
                .orElseGet(() -> readable(entry.file()));
        List<Block> body = new ArrayList<>(blocks);
        if (entry.title().isEmpty() && front.text("title").isEmpty()) {
            titleHeading.ifPresent(body::remove);
        }
        Map<String, Object> listed = new java.util.LinkedHashMap<>(entry.fields());
        entry.author().ifPresent(a -> listed.putIfAbsent("author", a));
        ChapterFields fields = ChapterFields.merge(front.fields(), listed);
        return new Chapter(id, title, fields.authors(), fields.language(), body, new SourcePosition(file, 1),
                fields.details(entry.matter()));
    }

    /**
     * The text's own title: its first heading, when that heading opens the text or is level 1. A level-1 heading
     * further down, after sections, is a part title inside the text, not the chapter's.
     */
    private static Optional<Block.Heading> titleHeading(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading heading) {
                return i == 0 || heading.level() == 1 ? Optional.of(heading) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code 03-the_long-march.md} becomes {@code The long march}. */
    static String readable(String fileName) {
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String words = stem.replaceFirst("^[\\d\\s._-]+", "").replaceAll("[_-]+", " ").strip();
        if (words.isEmpty()) {
            return stem;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
