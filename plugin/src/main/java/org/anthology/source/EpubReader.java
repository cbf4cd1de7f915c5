package org.anthology.source;

import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Reads an EPUB 2 or 3 manuscript through epub4j: its spine documents in reading order, each read by the HTML
 * reader, as one text or one text each; its images travel with it; its title, author and language are offered to
 * the chapter. Problems name the document inside the EPUB ({@code stories.epub/OEBPS/ch1.xhtml:12}).
 */
final class EpubReader {

    private final HtmlReader html = new HtmlReader();

    /** The texts of the EPUB {@code bytes}: one, or one per spine document when {@code split}. */
    List<HtmlReader.Page> read(byte[] bytes, String file, boolean split, Diagnostics diagnostics) {
        Book book;
        try {
            book = new io.documentnode.epub4j.epub.EpubReader().readEpub(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            diagnostics.error(new SourcePosition(file, 1), "cannot read the EPUB (" + e.getMessage()
                    + "). Check that it opens in an e-book reader, or export it again");
            return List.of();
        }
        if (book.getOpfResource() == null || book.getSpine().isEmpty()) {
            // epub4j logs a broken container and returns an empty book rather than failing.
            diagnostics.error(new SourcePosition(file, 1), "cannot read the EPUB (no package document or no "
                    + "spine). Check that it opens in an e-book reader, or export it again");
            return List.of();
        }
        Path folder = ExtractedImages.folderFor(bytes);
        saveImages(book, folder);
        List<HtmlReader.Page> pages = new ArrayList<>();
        for (SpineReference ref : book.getSpine().getSpineReferences()) {
            Resource doc = ref.getResource();
            if (doc == null || doc.getHref() == null) {
                continue;
            }
            String text = new String(data(doc), StandardCharsets.UTF_8);
            Path directory = folder.resolve(doc.getHref()).normalize().getParent();
            pages.add(html.page(text, file + "/" + doc.getHref(), directory == null ? folder : directory,
                    diagnostics));
        }
        Optional<String> title = text(book.getMetadata().getFirstTitle());
        Optional<String> author = book.getMetadata().getAuthors().stream().findFirst().map(EpubReader::name);
        Optional<String> language = text(book.getMetadata().getLanguage());
        if (split) {
            return pages.stream().map(p -> new HtmlReader.Page(p.blocks(), Optional.empty(), author.or(p::author),
                    language.or(p::language))).toList();
        }
        List<Block> blocks = pages.stream().flatMap(p -> p.blocks().stream()).toList();
        return List.of(new HtmlReader.Page(blocks, title, author, language));
    }

    /** Writes the EPUB's images under their paths inside it, so relative {@code src} paths resolve. */
    private static void saveImages(Book book, Path folder) {
        for (Resource resource : book.getResources().getAll()) {
            String type = resource.getMediaType() == null ? "" : resource.getMediaType().getName();
            if (!type.startsWith("image/") || resource.getHref() == null) {
                continue;
            }
            Path target = folder.resolve(resource.getHref()).normalize();
            if (!target.startsWith(folder)) {
                continue; // a path that climbs out of the EPUB is never written
            }
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, data(resource));
                target.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot save an image of the EPUB", e);
            }
        }
    }

    private static byte[] data(Resource resource) {
        try {
            return resource.getData();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + resource.getHref() + " of the EPUB", e);
        }
    }

    private static String name(Author author) {
        return (nonNull(author.getFirstname()) + " " + nonNull(author.getLastname())).strip();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
