package org.anthology;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps each library inside its stage and the dependencies pointing one way. */
@AnalyzeClasses(packages = "org.anthology", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule flexmarkAndYamlStayInSource = noClasses()
            .that().resideOutsideOfPackage("org.anthology.source..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vladsch.flexmark..", "org.yaml.snakeyaml..");

    @ArchTest
    static final ArchRule htmlAndWordLibrariesStayInSource = noClasses()
            .that().resideOutsideOfPackage("org.anthology.source..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "org.zwobble..");

    /** The EPUB edition writes EPUBs; the EPUB reader, in source, reads them; nobody else touches epub4j. */
    @ArchTest
    static final ArchRule epubLibraryStaysInEpubEditionAndReader = noClasses()
            .that().resideOutsideOfPackage("org.anthology.edition.epub..")
            .and().doNotHaveFullyQualifiedName("org.anthology.source.EpubReader")
            .should().dependOnClassesThat().resideInAnyPackage("io.documentnode..", "net.lingala..");

    @ArchTest
    static final ArchRule openPdfStaysInPdfEdition = noClasses()
            .that().resideOutsideOfPackage("org.anthology.edition.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..");

    @ArchTest
    static final ArchRule mavenStaysInTheAdapter = noClasses()
            .that().resideOutsideOfPackage("org.anthology.maven..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.anthology.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.anthology.source..", "org.anthology.normalize..",
                    "org.anthology.toc..", "org.anthology.edition..", "org.anthology.pipeline..",
                    "org.anthology.maven..");

    @ArchTest
    static final ArchRule stagesDoNotReachIntoThePipeline = noClasses()
            .that().resideInAnyPackage("org.anthology.source..", "org.anthology.normalize..", "org.anthology.toc..",
                    "org.anthology.edition..")
            .should().dependOnClassesThat().resideInAnyPackage("org.anthology.pipeline..", "org.anthology.maven..");
}
