package org.anthology.edition.epub;

import java.io.OutputStream;
import java.util.List;
import org.anthology.model.Metadata;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocEntry;

/**
 * Renders {@code toc.ncx}, the EPUB 2 table of contents, from the same {@link TableOfContents} as the nav, so older
 * reading systems show the same chapters and sections, linked through the same {@link Manifest}.
 */
final class NcxDocument {

    static final String FILE = "toc.ncx";
    static final String MEDIA_TYPE = "application/x-dtbncx+xml";

    private static final String NCX_NS = "http://www.daisy.org/z3986/2005/ncx/";

    private final Xml xml;
    private final Manifest manifest;
    private int playOrder;

    private NcxDocument(Xml xml, Manifest manifest) {
        this.xml = xml;
        this.manifest = manifest;
    }

    static void write(Metadata metadata, TableOfContents toc, Manifest manifest, OutputStream out) {
        Xml xml = new Xml(out);
        xml.start("ncx").defaultNamespace(NCX_NS).attr("version", "2005-1").xmlLang(metadata.language()).newline();
        xml.start("head").newline();
        meta(xml, "dtb:uid", metadata.identifier());
        meta(xml, "dtb:depth", Integer.toString(Math.max(1, depth(toc.entries()))));
        meta(xml, "dtb:totalPageCount", "0");
        meta(xml, "dtb:maxPageNumber", "0");
        xml.end().newline();
        xml.start("docTitle").element("text", metadata.title()).end().newline();
        xml.start("navMap").newline();
        NcxDocument ncx = new NcxDocument(xml, manifest);
        if (toc.entries().isEmpty()) {
            // The navMap needs at least one point; a book without chapters still has its title page.
            ncx.navPoint(metadata.title(), TitlePage.FILE, List.of());
        } else {
            ncx.navPoints(toc.entries());
        }
        xml.end().newline().end().newline();
        xml.finish();
    }

    private void navPoints(List<TocEntry> entries) {
        for (TocEntry entry : entries) {
            navPoint(entry.title(), manifest.href(entry), entry.children());
        }
    }

    private void navPoint(String title, String src, List<TocEntry> children) {
        playOrder++;
        xml.start("navPoint").attr("id", "nav-" + playOrder).attr("playOrder", Integer.toString(playOrder));
        xml.start("navLabel").element("text", title).end();
        xml.empty("content").attr("src", src).newline();
        navPoints(children);
        xml.end().newline();
    }

    private static void meta(Xml xml, String name, String content) {
        xml.empty("meta").attr("name", name).attr("content", content).newline();
    }

    private static int depth(List<TocEntry> entries) {
        int depth = 0;
        for (TocEntry entry : entries) {
            depth = Math.max(depth, 1 + depth(entry.children()));
        }
        return depth;
    }
}
