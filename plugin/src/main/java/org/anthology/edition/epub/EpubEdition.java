package org.anthology.edition.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.anthology.edition.Edition;
import org.anthology.model.Credits;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Metadata;
import org.anthology.model.Part;
import org.anthology.toc.TableOfContents;

/**
 * Writes the anthology as an EPUB 3 file: the OCF zip with cover, title page, nav, one or more XHTML documents per
 * chapter, a colophon, NCX, style sheet and package document, each rendered straight into its zip entry.
 *
 * <p>The zip is written with {@code java.util.zip} and the XML with StAX rather than with epub4j: epub4j writes only
 * EPUB 2 (package version 2.0, no nav document), an empty {@code <guide/>} that EPUBCheck rejects, a random UUID
 * when no identifier is set, and zip entries stamped with the current time; and it holds every resource in memory
 * before writing. Here every entry gets the same fixed time, derived from {@code Metadata.modified()}, and a fixed
 * order, so the same book always gives the same bytes.
 *
 * <p>Where each chapter is split is decided before anything is written ({@link ChapterSplitter}), so every link,
 * note, nav entry and NCX point names the file its target lands in; each document is rendered straight into its
 * zip entry.
 */
public final class EpubEdition implements Edition {

    static final String CSS_FILE = "style.css";
    static final String COVER_IMAGE_ID = "cover-image";
    static final String NCX_ID = "ncx";

    private static final String CONTENT_DIR = "OEBPS/";

    private final String css;
    private final EpubOptions options;
    private final ChapterSplitter splitter;

    /** An edition that ships {@code css} as the book's style sheet, with {@link EpubOptions#defaults()}. */
    public EpubEdition(String css) {
        this(css, EpubOptions.defaults());
    }

    /** An edition that ships {@code css} as the book's style sheet and takes cover, subjects and more from options. */
    public EpubEdition(String css, EpubOptions options) {
        this(css, options, ChapterSplitter.DEFAULT_LIMIT);
    }

    /** Splits chapters whose XHTML exceeds {@code splitLimit} bytes. */
    EpubEdition(String css, EpubOptions options, int splitLimit) {
        this.css = Objects.requireNonNull(css, "css");
        this.options = Objects.requireNonNull(options, "options");
        this.splitter = new ChapterSplitter(splitLimit);
    }

    @Override
    public String extension() {
        return "epub";
    }

    @Override
    public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
        Metadata metadata = book.metadata();
        Credits credits = options.creatorRole().map(role -> Credits.of(book, role))
                .orElseGet(() -> Credits.of(book));
        InternalLinks links = new InternalLinks(book, splitter);
        Manifest manifest = new Manifest(links);
        OcfZip zip = new OcfZip(out, LocalDateTime.ofInstant(metadata.modified(), ZoneOffset.UTC));
        try {
            PackageDocument.writeContainer(CONTENT_DIR + PackageDocument.FILE, zip.begin("META-INF/container.xml"));
            entry(zip, CSS_FILE).write(css.getBytes(StandardCharsets.UTF_8));
            manifest.resource("css", CSS_FILE, "text/css", "");
            String coverFile = writeCover(zip, metadata, credits, manifest);
            CoverPage.write(metadata, credits, coverFile, entry(zip, CoverPage.FILE));
            manifest.document("cover", CoverPage.FILE, "");
            TitlePage.write(metadata, credits, entry(zip, TitlePage.FILE));
            manifest.document("title-page", TitlePage.FILE, "");
            manifest.document("nav", NavDocument.FILE, "nav");
            writeImages(zip, links, manifest);
            for (Chapter chapter : book.chapters()) {
                Optional<Part> part = book.partOpenedBy(chapter.id());
                if (part.isPresent()) {
                    writePart(zip, part.get(), metadata.language(), links, manifest);
                }
                writeChapter(zip, chapter, metadata.language(), links, manifest);
            }
            Colophon.write(metadata, credits, entry(zip, Colophon.FILE));
            manifest.document("colophon", Colophon.FILE, "");
            manifest.resource(NCX_ID, NcxDocument.FILE, NcxDocument.MEDIA_TYPE, "");
            NcxDocument.write(metadata, toc, manifest, entry(zip, NcxDocument.FILE));
            NavDocument.write(book, toc, manifest, entry(zip, NavDocument.FILE));
            PackageDocument.write(book, credits, options, manifest, entry(zip, PackageDocument.FILE));
            zip.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String writeCover(OcfZip zip, Metadata metadata, Credits credits, Manifest manifest) throws IOException {
        String file;
        String mediaType;
        if (options.cover().isPresent()) {
            EpubOptions.CoverImage image = options.cover().get();
            file = "cover." + image.extension();
            mediaType = image.mediaType();
            entry(zip, file).write(image.bytes());
        } else {
            file = SvgCover.FILE;
            mediaType = SvgCover.MEDIA_TYPE;
            SvgCover.write(metadata, credits, entry(zip, file));
        }
        manifest.resource(COVER_IMAGE_ID, file, mediaType, "cover-image");
        return file;
    }

    private static void writeChapter(OcfZip zip, Chapter chapter, String language, InternalLinks links, Manifest manifest)
            throws IOException {
        List<List<Block>> plan = links.plan(chapter);
        for (int i = 0; i < plan.size(); i++) {
            String file = ChapterSplitter.fileName(chapter.id(), i);
            ChapterXhtml.writePart(chapter, language, plan.get(i), i == 0, links, entry(zip, file));
            // Chapter ids are XML names and part names add only a dot and digits, so both make valid item ids.
            manifest.document("chapter-" + file.replace(".xhtml", ""), file, "");
        }
    }

    private static void writePart(OcfZip zip, Part part, String language, InternalLinks links, Manifest manifest)
            throws IOException {
        String file = ChapterXhtml.fileName(part.id());
        ChapterXhtml.writePartPage(part, language, links, entry(zip, file));
        manifest.document("part-" + part.id(), file, "");
    }

    /** Copies every image the text shows into the package, once each, in the order first shown. */
    private static void writeImages(OcfZip zip, InternalLinks links, Manifest manifest) throws IOException {
        int n = 0;
        for (var image : links.images().entrySet()) {
            entry(zip, image.getValue()).write(java.nio.file.Files.readAllBytes(image.getKey()));
            manifest.resource("image-" + (++n), image.getValue(), links.mediaType(image.getKey()), "");
        }
    }

    private static OutputStream entry(OcfZip zip, String file) throws IOException {
        return zip.begin(CONTENT_DIR + file);
    }
}
