package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.Walk;
import org.anthology.model.SourcePosition;

/**
 * Reads one decoded manuscript into a chapter: splits off front matter, runs the plain-text or Markdown reader,
 * and settles the title by precedence: contents file, front matter {@code title}, the text's own title heading
 * (its first heading, when nothing stands before it), then the file name made readable.
 */
final class ChapterReader {

    private final PlainTextReader plainText = new PlainTextReader();
    private final MarkdownReader markdown = new MarkdownReader();
    private final HtmlReader html = new HtmlReader();
    private final DocxReader docx = new DocxReader();
    private final EpubReader epub = new EpubReader();

    /**
     * The chapters of one manuscript in {@code format} (an EPUB split by its documents gives several), numbered
     * from {@code number}; text formats are decoded with {@code charset} first.
     */
    List<Chapter> read(int number, byte[] bytes, String format, java.nio.charset.Charset charset, String file,
                       java.nio.file.Path directory, ContentsFile.Entry entry, Diagnostics diagnostics) {
        switch (format) {
            case "docx":
                return docx.read(bytes, file, directory, entry.styleMap(), diagnostics)
                        .map(page -> List.of(chapter(id(number), page, file, entry))).orElse(List.of());
            case "epub":
                List<HtmlReader.Page> pages = epub.read(bytes, file, entry.split(), diagnostics);
                List<Chapter> chapters = new ArrayList<>();
                for (HtmlReader.Page page : pages) {
                    ContentsFile.Entry own = entry.split() && !chapters.isEmpty() ? untitled(entry) : entry;
                    chapters.add(chapter(id(number + chapters.size()), page, file, own));
                }
                return chapters;
            default:
                Optional<String> text = SourceText.decode(bytes, charset, file, diagnostics);
                if (text.isEmpty()) {
                    return List.of();
                }
                if (format.equals("html")) {
                    return List.of(chapter(id(number), html.page(text.get(), file, directory, diagnostics), file,
                            entry));
                }
                return List.of(read(id(number), text.get(), file, directory, entry, format.equals("markdown"),
                        diagnostics));
        }
    }

    /** The id of the book's chapter {@code number}: {@code ch01}, {@code ch02}, ... */
    static String id(int number) {
        // As "ch%02d" would give it, without a formatter, which costs more than reading a short chapter when cold.
        return number >= 0 && number < 10 ? "ch0" + number : "ch" + number;
    }

    private static ContentsFile.Entry untitled(ContentsFile.Entry entry) {
        return new ContentsFile.Entry(entry.file(), Optional.empty(), entry.author(), entry.format(),
                entry.paragraphs(), entry.split(), entry.styleMap(), entry.position(), entry.fields(), entry.matter());
    }

    /**
     * A chapter from a document read whole (HTML, Word, EPUB): the contents file's title, else the document's
     * declared title, else its own title heading, else the file name.
     */
    private static Chapter chapter(String id, HtmlReader.Page page, String file, ContentsFile.Entry entry) {
        Optional<Block.Heading> titleHeading = titleHeading(page.blocks());
        List<Block> body = new ArrayList<>(page.blocks());
        Optional<String> declared = entry.title().or(page::title);
        String title = declared.or(() -> titleHeading.map(Block.Heading::text))
                .orElseGet(() -> readable(entry.file()));
        // A declared title repeated as the text's first heading (an EPUB's title page) is not set twice.
        if (declared.isEmpty() || titleHeading.filter(h -> h.text().strip().equals(title)).isPresent()) {
            // The title heading is the first block: removed by place, as a record's equals compares it deeply.
            if (titleHeading.isPresent()) {
                body.remove(0);
            }
        }
        // The document's own author and language stand in for what the contents file leaves unsaid.
        Map<String, Object> document = new java.util.LinkedHashMap<>();
        page.author().ifPresent(a -> document.put("author", a));
        page.language().ifPresent(l -> document.put("language", l));
        Map<String, Object> listed = new java.util.LinkedHashMap<>(entry.fields());
        entry.author().ifPresent(a -> listed.putIfAbsent("author", a));
        ChapterFields fields = ChapterFields.merge(document, listed);
        return new Chapter(id, title, fields.authors(), fields.language(), body, new SourcePosition(file, 1),
                fields.details(entry.matter()));
    }

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
            // The title heading is the first block: removed by place, as a record's equals compares it deeply.
            if (titleHeading.isPresent()) {
                body.remove(0);
            }
            titleHeading.ifPresent(h -> Walk.inlines(List.of(h), Inline.Link.class).forEach(link -> diagnostics
                    .warning(h.position(), "the title's link to '" + link.target() + "' is left out: a chapter "
                            + "title is plain text. Move the link into the text below the title")));
            titleHeading.ifPresent(h -> Walk.inlines(List.of(h), Inline.Image.class).forEach(image -> diagnostics
                    .warning(h.position(), "image '" + image.file().getFileName() + "' in the chapter title is not "
                            + "shown: a chapter title is text, so its alt text stands in. Put the image in a "
                            + "paragraph under the title")));
        }
        Map<String, Object> listed = new java.util.LinkedHashMap<>(entry.fields());
        entry.author().ifPresent(a -> listed.putIfAbsent("author", a));
        ChapterFields fields = ChapterFields.merge(front.fields(), listed);
        return new Chapter(id, title, fields.authors(), fields.language(), body, new SourcePosition(file, 1),
                fields.details(entry.matter()));
    }

    /**
     * The text's own title: its first block, when that is a heading. A heading after text is not lifted into the
     * chapter's title, since the text before it would then read after it.
     */
    private static Optional<Block.Heading> titleHeading(List<Block> blocks) {
        return blocks.isEmpty() || !(blocks.get(0) instanceof Block.Heading heading) ? Optional.empty()
                : Optional.of(heading);
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
