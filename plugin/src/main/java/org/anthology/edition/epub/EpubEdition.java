package org.anthology.edition.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.anthology.edition.Edition;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.toc.TableOfContents;

/**
 * Writes the anthology as an EPUB 3 file: the OCF zip with package document, nav, NCX, style sheet, title page and
 * one XHTML document per chapter, each rendered straight into its zip entry.
 *
 * <p>The zip is written with {@code java.util.zip} and the XML with StAX rather than with epub4j: epub4j writes only
 * EPUB 2 (package version 2.0, no nav document), an empty {@code <guide/>} that EPUBCheck rejects, a random UUID
 * when no identifier is set, and zip entries stamped with the current time; and it holds every resource in memory
 * before writing. Here every entry gets the same fixed time, derived from {@code Metadata.modified()}, and a fixed
 * order, so the same book always gives the same bytes.
 */
public final class EpubEdition implements Edition {

    static final String CSS_FILE = "style.css";

    private static final String CONTENT_DIR = "OEBPS/";
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final String css;

    /** An edition that ships {@code css} as the book's style sheet. */
    public EpubEdition(String css) {
        this.css = Objects.requireNonNull(css, "css");
    }

    @Override
    public String extension() {
        return "epub";
    }

    @Override
    public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(book.metadata().modified(), ZoneOffset.UTC);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try {
            writeMimetype(zip, time);
            begin(zip, "META-INF/container.xml", time);
            PackageDocument.writeContainer(CONTENT_DIR + PackageDocument.FILE, zip);
            begin(zip, CONTENT_DIR + PackageDocument.FILE, time);
            PackageDocument.write(book, zip);
            begin(zip, CONTENT_DIR + NavDocument.FILE, time);
            NavDocument.write(book, toc, zip);
            begin(zip, CONTENT_DIR + NcxDocument.FILE, time);
            NcxDocument.write(book.metadata(), toc, zip);
            begin(zip, CONTENT_DIR + CSS_FILE, time);
            zip.write(css.getBytes(StandardCharsets.UTF_8));
            begin(zip, CONTENT_DIR + TitlePage.FILE, time);
            TitlePage.write(book.metadata(), zip);
            for (Chapter chapter : book.chapters()) {
                begin(zip, CONTENT_DIR + ChapterXhtml.fileName(chapter.id()), time);
                ChapterXhtml.write(chapter, book.metadata().language(), zip);
            }
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The OCF spec requires {@code mimetype} to be the first entry, uncompressed and without extra fields, so
     * readers can sniff the type at a fixed offset.
     */
    private static void writeMimetype(ZipOutputStream zip, LocalDateTime time) throws IOException {
        ZipEntry entry = entry("mimetype", time);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(MIMETYPE.length);
        entry.setCompressedSize(MIMETYPE.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(MIMETYPE);
    }

    /** Closes the open entry, if any, and starts a deflated one. */
    private static void begin(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
        zip.putNextEntry(entry(name, time));
    }

    /** Local date-time in UTC, so the DOS time field is the same whatever the build machine's time zone. */
    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }
}
