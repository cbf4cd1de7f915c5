package org.anthology.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built book on localhost: {@code /} lists its pages, {@code /book/<entry>} is a file inside the EPUB
 * (chapters as web pages with the book's style sheet), {@code /book.pdf} is the PDF, and every page polls
 * {@code /__preview/version} and reloads when {@link #rebuilt()} moves it on.
 */
public final class BookPreview implements AutoCloseable {

    private static final String BOOK = "/book/";
    private static final String RELOAD_JS = "(function () {\n"
            + "  var seen = null;\n"
            + "  function poll() {\n"
            + "    fetch('/__preview/version', {cache: 'no-store'}).then(function (r) { return r.text(); })\n"
            + "      .then(function (v) {\n"
            + "        if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); }\n"
            + "      })\n"
            + "      .catch(function () {}).then(function () { setTimeout(poll, 400); });\n"
            + "  }\n"
            + "  poll();\n"
            + "})();\n";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final EpubPages pages;
    private final Path pdf;
    private final String title;
    private final AtomicLong version = new AtomicLong();

    /** A preview of the editions {@code epub} and {@code pdf} (either may be missing) on {@code port}, 0 for any. */
    public BookPreview(Path epub, Path pdf, String title, int port) throws IOException {
        this.pages = new EpubPages(epub);
        this.pdf = pdf;
        this.title = title;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Where the preview is served. */
    public URI address() {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
    }

    /** Tells the open pages that the book changed: each reloads itself. */
    public void rebuilt() {
        version.incrementAndGet();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__preview/version")) {
                send(exchange, 200, "text/plain; charset=utf-8",
                        Long.toString(version.get()).getBytes(StandardCharsets.US_ASCII));
            } else if (path.equals(EpubPages.RELOAD_SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", RELOAD_JS.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", index().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/book.pdf") && Files.isRegularFile(pdf)) {
                send(exchange, 200, "application/pdf", Files.readAllBytes(pdf));
            } else if (path.startsWith(BOOK) && !path.contains("..")) {
                Optional<EpubPages.Page> page = pages.page(path.substring(BOOK.length()));
                if (page.isPresent()) {
                    send(exchange, 200, page.get().type(), page.get().bytes());
                } else {
                    notFound(exchange);
                }
            } else {
                notFound(exchange);
            }
        }
    }

    private String index() throws IOException {
        List<EpubPages.Entry> entries = pages.pages();
        // the EPUB's titles are already escaped XML text, fit to stand in HTML as they are
        String book = entries.isEmpty() ? escape(title) : entries.get(0).title();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(book).append(" (preview)</title></head><body><h1>").append(book).append("</h1><ul>");
        for (EpubPages.Entry page : entries) {
            html.append("<li><a href=\"").append(BOOK).append(escape(page.path())).append("\">")
                    .append(page.title()).append("</a></li>");
        }
        html.append("</ul><p><a href=\"/book.pdf\">The PDF</a></p><script src=\"").append(EpubPages.RELOAD_SCRIPT)
                .append("\"></script></body></html>");
        return html.toString();
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain; charset=utf-8", "Not in this book".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
