package org.anthology.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.anthology.edition.epub.EpubCheckResult;
import org.anthology.edition.epub.EpubChecker;
import org.anthology.model.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A book built from files a test writes under {@code base}, read back: problems, EPUB text and check, PDF text. */
final class HostileBook {

    private final Path base;
    private Outcome outcome;
    private final RecordingLog log = new RecordingLog();

    HostileBook(Path base) {
        this.base = base;
    }

    /** Writes {@code bytes} to {@code base/<relative>}. */
    HostileBook file(String relative, byte[] bytes) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    HostileBook text(String relative, String text) throws IOException {
        return file(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Builds the book, with {@code base/contents.yaml} as its contents file when there is one. */
    HostileBook build() throws IOException {
        Path contents = base.resolve("contents.yaml");
        outcome = new AnthologyPipeline(log).run(TestSettings.in(base,
                Files.isRegularFile(contents) ? Optional.of(contents) : Optional.empty(), false, false));
        return this;
    }

    /** The build log's lines, {@code LEVEL message}. */
    List<String> log() {
        return log.lines;
    }

    Outcome outcome() {
        return outcome;
    }

    /** Every problem as {@code file:line: message}, in the order found. */
    List<String> problems() {
        return outcome.problems().stream().map(Problem::toString).toList();
    }

    EpubCheckResult epubCheck() {
        return EpubChecker.check(base.resolve("out/book.epub"));
    }

    /** The XHTML of every content document of the EPUB, joined. */
    String epubXhtml() throws IOException {
        StringBuilder out = new StringBuilder();
        try (InputStream in = Files.newInputStream(base.resolve("out/book.epub"));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".xhtml") && !entry.getName().endsWith("nav.xhtml")) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    zip.transferTo(bytes);
                    out.append(bytes.toString(StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return out.toString();
    }

    String pdfText() throws IOException {
        try (PDDocument document = Loader.loadPDF(base.resolve("out/book.pdf").toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    PDDocument pdf() throws IOException {
        return Loader.loadPDF(base.resolve("out/book.pdf").toFile());
    }
}
