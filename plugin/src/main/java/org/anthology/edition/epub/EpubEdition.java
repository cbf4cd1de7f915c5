package org.anthology.edition.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anthology.edition.Edition;
import org.anthology.model.Credits;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.PerChapter;
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
 * <p>Chapters are written before the nav, NCX and package document, because only a rendered chapter shows whether
 * it must be split and so which file each heading lands in. The chapters' documents are rendered side by side on
 * the build's threads and held as bytes until the zip takes them in book order.
 */
public final class EpubEdition implements Edition {

    static final String CSS_FILE = "style.css";
    static final String COVER_IMAGE_ID = "cover-image";
    static final String NCX_ID = "ncx";

    private static final String CONTENT_DIR = "OEBPS/";

    private final String css;
    private final EpubOptions options;
    private final ChapterSplitter splitter;
    private final PerChapter tasks;

    /** An edition that ships {@code css} as the book's style sheet, with {@link EpubOptions#defaults()}. */
    public EpubEdition(String css) {
        this(css, EpubOptions.defaults());
    }

    /** An edition that ships {@code css} as the book's style sheet and takes cover, subjects and more from options. */
    public EpubEdition(String css, EpubOptions options) {
        this(css, options, PerChapter.sequential());
    }

    /** As {@link #EpubEdition(String, EpubOptions)}, each chapter's documents rendered as one of {@code tasks}. */
    public EpubEdition(String css, EpubOptions options, PerChapter tasks) {
        this(css, options, ChapterSplitter.DEFAULT_LIMIT, tasks);
    }

    /** Splits chapters whose XHTML exceeds {@code splitLimit} bytes. */
    EpubEdition(String css, EpubOptions options, int splitLimit) {
        this(css, options, splitLimit, PerChapter.sequential());
    }

    private EpubEdition(String css, EpubOptions options, int splitLimit, PerChapter tasks) {
        this.css = Objects.requireNonNull(css, "css");
        this.options = Objects.requireNonNull(options, "options");
        this.splitter = new ChapterSplitter(splitLimit);
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    @Override
    public String extension() {
        return "epub";
    }

    /** How many chapters have been rendered. */
    @Override
    public Optional<String> progress() {
        return tasks.progress().map(done -> "chapter " + done);
    }

    @Override
    public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
        Metadata metadata = book.metadata();
        Credits credits = options.creatorRole().map(role -> Credits.of(book, role))
                .orElseGet(() -> Credits.of(book));
        Manifest manifest = new Manifest();
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
            InternalLinks links = new InternalLinks(book);
            writeImages(zip, links, manifest);
            // Chapters render on the build's threads; the zip takes their documents in book order.
            List<List<ChapterSplitter.Part>> rendered = tasks.mapPure(book.chapters(), new Diagnostics(),
                    (chapter, none) -> splitter.split(chapter, metadata.language(), links));
            for (int i = 0; i < rendered.size(); i++) {
                Chapter chapter = book.chapters().get(i);
                Optional<Part> part = book.partOpenedBy(chapter.id());
                if (part.isPresent()) {
                    writePart(zip, part.get(), metadata.language(), links, manifest);
                }
                writeChapter(zip, chapter, rendered.get(i), manifest);
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

    private static void writeChapter(OcfZip zip, Chapter chapter, List<ChapterSplitter.Part> parts,
                                     Manifest manifest) throws IOException {
        for (ChapterSplitter.Part part : parts) {
            entry(zip, part.fileName()).write(part.xhtml());
            // Chapter ids are XML names and part names add only a dot and digits, so both make valid item ids.
            manifest.document("chapter-" + part.fileName().replace(".xhtml", ""), part.fileName(), "");
            for (String anchor : part.anchors()) {
                manifest.anchor(chapter.id(), anchor, part.fileName());
            }
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
