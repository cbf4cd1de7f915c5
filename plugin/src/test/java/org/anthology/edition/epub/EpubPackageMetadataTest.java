package org.anthology.edition.epub;

import static org.anthology.edition.epub.XmlFiles.entries;
import static org.anthology.edition.epub.XmlFiles.parse;
import static org.anthology.edition.epub.XmlFiles.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anthology.model.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.anthology.BookCheck;

class EpubPackageMetadataTest {

    @TempDir
    Path dir;

    @Test
    void declaresAccessibilityConformanceAndFeatures() throws Exception {
        Document opf = opf(EpubOptions.defaults());

        assertEquals(List.of("textual"), property(opf, "schema:accessMode"));
        assertEquals(List.of("textual"), property(opf, "schema:accessModeSufficient"));
        assertEquals(List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"),
                property(opf, "schema:accessibilityFeature"));
        assertEquals(List.of("none"), property(opf, "schema:accessibilityHazard"));
        assertEquals(List.of(EpubOptions.DEFAULT_ACCESSIBILITY_SUMMARY), property(opf, "schema:accessibilitySummary"));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), property(opf, "dcterms:conformsTo"));
        assertEquals(List.of(), property(opf, "a11y:certifiedBy"));
        assertEquals(List.of(), property(opf, "a11y:exemption"));
    }

    @Test
    void claimsTheMicroenterpriseExemptionBesideTheConformanceClaim() throws Exception {
        Path epub = dir.resolve("exempt.epub");
        EpubOptions options = EpubOptions.defaults().withMicroenterpriseExemption();
        Files.write(epub, EpubBookStructureTest.write(Fixtures.twoChapterBook(), options));

        assertEquals(List.of("eaa-microenterprise"), property(opf(options), "a11y:exemption"));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), property(opf(options), "dcterms:conformsTo"));
        EpubCheckResult result = EpubChecker.check(epub);
        assertTrue(result.isClean(), result::toString);
    }

    @BookCheck
    @Test
    void namesTheAccessibilityCertifierWhenGiven() throws Exception {
        Path epub = dir.resolve("certified.epub");
        EpubOptions options = EpubOptions.defaults().withCertifiedBy("Test Press");
        Files.write(epub, EpubBookStructureTest.write(Fixtures.twoChapterBook(), options));

        assertEquals(List.of("Test Press"), property(opf(options), "a11y:certifiedBy"));
        EpubCheckResult result = EpubChecker.check(epub);
        assertTrue(result.isClean(), result::toString);
    }

    @Test
    void listsChapterAuthorsAsContributorsAndCreatorsAsEditors() throws Exception {
        Document opf = opf(EpubOptions.defaults());

        assertEquals(List.of("Li Wei"), strings(opf, "//*[local-name()='contributor']"));
        assertEquals(List.of("aut"), strings(opf, "//*[@refines='#contributor-1'][@property='role']"));
        assertEquals(List.of("edt"), strings(opf, "//*[@refines='#creator-1'][@property='role']"));
        assertEquals(List.of("marc:relators"), strings(opf, "//*[@refines='#creator-1'][@property='role']/@scheme"));
    }

    @Test
    void creditsCreatorsAsTheOptionsSay() throws Exception {
        EpubOptions options = EpubOptions.defaults().withCreatorRole(org.anthology.model.Credits.Role.AUTHOR);

        assertEquals(List.of("aut"), strings(opf(options), "//*[@refines='#creator-1'][@property='role']"));
    }

    @Test
    void titlesTheBookWithMainTitleAndSubtitle() throws Exception {
        Document opf = opf(EpubOptions.defaults());

        assertEquals(List.of("A Test Book", "A test anthology"), strings(opf, "//*[local-name()='title']"));
        assertEquals(List.of("main"), strings(opf, "//*[@refines='#title'][@property='title-type']"));
        assertEquals(List.of("subtitle"), strings(opf, "//*[@refines='#subtitle'][@property='title-type']"));
    }

    @Test
    void describesTheBookWithPublisherRightsAndSubjects() throws Exception {
        Document opf = opf(EpubOptions.defaults().withSubjects(List.of("Fiction", "Anthologies")));

        assertEquals(List.of("en"), strings(opf, "//*[local-name()='language']"));
        assertEquals(List.of("Test Press"), strings(opf, "//*[local-name()='publisher']"));
        assertEquals(List.of("CC BY 4.0"), strings(opf, "//*[local-name()='rights']"));
        assertEquals(List.of("A book used in tests."), strings(opf, "//*[local-name()='description']"));
        assertEquals(List.of("Fiction", "Anthologies"), strings(opf, "//*[local-name()='subject']"));
    }

    private static List<String> property(Document opf, String property) throws Exception {
        return strings(opf, "//*[local-name()='meta'][@property='" + property + "']");
    }

    private static Document opf(EpubOptions options) throws Exception {
        return parse(entries(EpubBookStructureTest.write(Fixtures.twoChapterBook(), options))
                .get("OEBPS/content.opf"));
    }
}
