package org.anthology.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.anthology.model.ImageType;

/**
 * The files inside the EPUB edition, served as a web site: each XHTML page with the script that reloads it when
 * the book is rebuilt, style sheets and images as they are. The EPUB is read afresh on every request, so a rebuilt
 * book shows at once.
 */
final class EpubPages {

    /** The script every page gets: it asks for the book's version and reloads the page when it changes. */
    static final String RELOAD_SCRIPT = "/__preview/reload.js";

    /** The media types of what is not a picture; pictures take theirs from {@link ImageType}. */
    private static final Map<String, String> TYPES = Map.of("xhtml", "application/xhtml+xml; charset=utf-8",
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "ncx", "application/xml");

    /** A page's title as the EPUB writes it: escaped text, no markup inside. */
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private final Path epub;

    EpubPages(Path epub) {
        this.epub = epub;
    }

    /** One served file: its media type and bytes. */
    record Page(String type, byte[] bytes) {
    }

    /** The entry at {@code path} inside the EPUB, pages with the reload script, or empty when there is none. */
    Optional<Page> page(String path) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry entry = zip.getEntry(path);
            if (entry == null || entry.isDirectory()) {
                return Optional.empty();
            }
            byte[] bytes = zip.getInputStream(entry).readAllBytes();
            String type = type(path);
            if (type.startsWith("application/xhtml") || type.startsWith("text/html")) {
                bytes = withReloadScript(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            return Optional.of(new Page(type, bytes));
        }
    }

    private static String type(String path) {
        String known = TYPES.get(extension(path));
        return known != null ? known : ImageType.ofFileName(path).map(ImageType::mediaType)
                .orElse("application/octet-stream");
    }

    /** One XHTML page of the book: its path inside the EPUB and its title. */
    record Entry(String path, String title) {
    }

    /** The XHTML pages in the order the EPUB holds them (reading order), cover, title page and nav included. */
    List<Entry> pages() throws IOException {
        List<Entry> pages = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".xhtml")) {
                    String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    Matcher title = TITLE.matcher(xhtml);
                    pages.add(new Entry(entry.getName(), title.find() ? title.group(1) : entry.getName()));
                }
            }
        }
        return pages;
    }

    private static String withReloadScript(String page) {
        String script = "<script src=\"" + RELOAD_SCRIPT + "\"></script>";
        int end = page.lastIndexOf("</body>");
        return end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
