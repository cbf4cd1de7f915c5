package org.anthology.edition.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anthology.edition.Edition;
import org.anthology.edition.PageStarts;
import org.anthology.model.Credits;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
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
 * <p>Where each chapter is split is decided before anything is written ({@link ChapterSplitter}), so every link,
 * note, nav entry and NCX point names the file its target lands in. The plans and then the chapters' documents are
 * made side by side on the build's threads, the documents held as bytes until the zip takes them in book order.
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
    private volatile PageStarts pages = PageStarts.NONE;

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

    /** The next write marks the page breaks of {@code starts}, the print edition's, and lists them in the nav. */
    @Override
    public void followPages(PageStarts starts) {
        pages = Objects.requireNonNull(starts, "starts");
    }

    /** The EPUB takes nothing from the PDF but where its pages start. */
    @Override
    public boolean followsPagesOnly() {
        return true;
    }

    @Override
    public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
        Metadata metadata = book.metadata();
        Credits credits = options.creatorRole().map(role -> Credits.of(book, role))
                .orElseGet(() -> Credits.of(book));
        Rendered documents = render(book);
        InternalLinks links = documents.links();
        PageBreaks breaks = documents.breaks();
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
            List<List<byte[]>> rendered = documents.chapters();
            for (int i = 0; i < rendered.size(); i++) {
                Chapter chapter = book.chapters().get(i);
                Optional<Part> part = book.partOpenedBy(chapter.id());
                if (part.isPresent()) {
                    writePart(zip, part.get(), metadata.language(), links, breaks, manifest);
                }
                writeChapter(zip, chapter, rendered.get(i), manifest);
            }
            Colophon.write(metadata, credits, entry(zip, Colophon.FILE));
            manifest.document("colophon", Colophon.FILE, "");
            manifest.resource(NCX_ID, NcxDocument.FILE, NcxDocument.MEDIA_TYPE, "");
            NcxDocument.write(metadata, toc, manifest, entry(zip, NcxDocument.FILE));
            NavDocument.write(book, toc, manifest, breaks, entry(zip, NavDocument.FILE));
            PackageDocument.write(book, credits, options, breaks.source(), manifest,
                    entry(zip, PackageDocument.FILE));
            zip.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The chapters' documents with the links and page breaks they were rendered with. */
    private record Rendered(InternalLinks links, PageBreaks breaks, List<List<byte[]>> chapters) {
    }

    /**
     * Every chapter's documents, cut into files as {@link ChapterSplitter} decides. Nearly every chapter fits one
     * file, so each is first rendered whole: a document within the limit with its links and page breaks is within
     * it without them, which is how the splitter measures, so the splitter would not have cut it. Only when one
     * exceeds the limit are the chapters measured, cut and rendered again.
     */
    private Rendered render(Anthology book) {
        Rendered whole = render(book, book.chapters().stream().map(chapter -> List.of(chapter.blocks())).toList());
        if (whole.chapters().stream().allMatch(files -> splitter.fits(files.get(0).length))) {
            return whole;
        }
        String language = book.metadata().language();
        return render(book, tasks.mapPure(book.chapters(), new Diagnostics(),
                (chapter, none) -> splitter.plan(chapter, language)));
    }

    /** The chapters cut as {@code plans} say, rendered on the build's threads and returned in book order. */
    private Rendered render(Anthology book, List<List<List<Block>>> plans) {
        InternalLinks links = new InternalLinks(book, plans);
        PageBreaks breaks = new PageBreaks(pages, book, links);
        String language = book.metadata().language();
        return new Rendered(links, breaks, tasks.mapPure(book.chapters(), new Diagnostics(),
                (chapter, none) -> render(chapter, language, links, breaks)));
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

    private static void writeChapter(OcfZip zip, Chapter chapter, List<byte[]> files, Manifest manifest)
            throws IOException {
        for (int i = 0; i < files.size(); i++) {
            String file = ChapterSplitter.fileName(chapter.id(), i);
            entry(zip, file).write(files.get(i));
            // Chapter ids are XML names and part names add only a dot and digits, so both make valid item ids.
            manifest.document("chapter-" + file.replace(".xhtml", ""), file, "");
        }
    }

    /** The documents of one chapter, as its plan cuts it, rendered with the book's links. */
    private static List<byte[]> render(Chapter chapter, String language, InternalLinks links, PageBreaks breaks) {
        List<List<Block>> plan = links.plan(chapter);
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChapterXhtml.writePart(chapter, language, plan.get(i), i == 0, links,
                    breaks.of(ChapterSplitter.fileName(chapter.id(), i)), out);
            files.add(out.toByteArray());
        }
        return files;
    }

    private static void writePart(OcfZip zip, Part part, String language, InternalLinks links, PageBreaks breaks,
                                  Manifest manifest) throws IOException {
        String file = ChapterXhtml.fileName(part.id());
        ChapterXhtml.writePartPage(part, language, links, breaks.of(file), entry(zip, file));
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
