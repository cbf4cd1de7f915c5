package org.anthology.edition.epub;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.anthology.model.Credits;
import org.anthology.model.Metadata;

/**
 * Renders the package document's {@code metadata}: Dublin Core titles, credits with MARC relator roles, subjects and
 * dates, the cover for EPUB 2 readers, and the schema.org accessibility metadata of EPUB Accessibility 1.1.
 */
final class PackageMetadata {

    static final String BOOK_ID = "book-id";

    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    /** EPUB 3 requires dcterms:modified in exactly this form, in UTC, without fractions of a second. */
    private static final DateTimeFormatter MODIFIED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    /** The conformance string EPUB Accessibility 1.1 defines for WCAG 2.1 AA. */
    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";
    /** What every book of this edition offers: the nav, landmarks, headings in order, and no fixed type or colour. */
    private static final List<String> FEATURES =
            List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability");

    private final Xml xml;

    private PackageMetadata(Xml xml) {
        this.xml = xml;
    }

    /**
     * Writes the metadata; {@code pageBreakSource} names the print edition whose page breaks the book carries, if it
     * carries any.
     */
    static void write(Xml xml, Metadata metadata, Credits credits, EpubOptions options,
                      java.util.Optional<String> pageBreakSource) {
        xml.start("metadata").namespace("dc", DC_NS).newline();
        PackageMetadata out = new PackageMetadata(xml);
        out.dc("identifier").attr("id", BOOK_ID).text(metadata.identifier()).end().newline();
        out.titles(metadata);
        out.dc("language").text(metadata.language()).end().newline();
        out.people("creator", credits.creators(), credits.role().relator());
        out.people("contributor", credits.contributors(), Credits.Role.AUTHOR.relator());
        metadata.publisher().ifPresent(p -> out.dc("publisher").text(p).end().newline());
        metadata.rights().ifPresent(r -> out.dc("rights").text(r).end().newline());
        metadata.description().ifPresent(d -> out.dc("description").text(d).end().newline());
        options.subjects().forEach(s -> out.dc("subject").text(s).end().newline());
        out.meta("dcterms:modified", MODIFIED.format(metadata.modified()));
        // EPUB 2 readers (and some stores' ingestion) find the cover only through this legacy meta.
        xml.empty("meta").attr("name", "cover").attr("content", EpubEdition.COVER_IMAGE_ID).newline();
        out.accessibility(options, pageBreakSource);
        xml.end().newline();
    }

    private void titles(Metadata metadata) {
        dc("title").attr("id", "title").text(metadata.title()).end().newline();
        refine("title", "title-type", "main");
        metadata.subtitle().ifPresent(subtitle -> {
            dc("title").attr("id", "subtitle").text(subtitle).end().newline();
            refine("subtitle", "title-type", "subtitle");
        });
    }

    private void people(String element, List<String> names, String relator) {
        for (int i = 0; i < names.size(); i++) {
            String id = element + "-" + (i + 1);
            dc(element).attr("id", id).text(names.get(i)).end().newline();
            refine(id, "file-as", Credits.fileAs(names.get(i)));
            xml.start("meta").attr("refines", "#" + id).attr("property", "role").attr("scheme", "marc:relators")
                    .text(relator).end().newline();
            refine(id, "display-seq", Integer.toString(i + 1));
        }
    }

    private void accessibility(EpubOptions options, java.util.Optional<String> pageBreakSource) {
        meta("schema:accessMode", "textual");
        meta("schema:accessModeSufficient", "textual");
        FEATURES.forEach(feature -> meta("schema:accessibilityFeature", feature));
        if (pageBreakSource.isPresent()) {
            meta("schema:accessibilityFeature", "pageBreakMarkers");
            meta("schema:accessibilityFeature", "pageNavigation");
        }
        meta("schema:accessibilityHazard", "none");
        meta("schema:accessibilitySummary", options.accessibilitySummary());
        meta("dcterms:conformsTo", CONFORMS_TO);
        options.certifiedBy().ifPresent(certifier -> meta("a11y:certifiedBy", certifier));
        options.exemption().ifPresent(exemption -> meta("a11y:exemption", exemption));
        pageBreakSource.ifPresent(source -> meta("pageBreakSource", source));
    }

    private Xml dc(String element) {
        return xml.start("dc", element, DC_NS);
    }

    private void meta(String property, String value) {
        xml.start("meta").attr("property", property).text(value).end().newline();
    }

    private void refine(String id, String property, String value) {
        xml.start("meta").attr("refines", "#" + id).attr("property", property).text(value).end().newline();
    }
}
