package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void readsFormatNamesInAnyCaseOnce() {
        assertEquals(EnumSet.of(Format.EPUB, Format.PDF), Format.parse(List.of("PDF", " epub", "pdf")));
        assertEquals(Set.of(Format.EPUB), Format.parse(List.of("Epub")));
        assertEquals("pdf", Format.PDF.extension());
    }

    @Test
    void saysWhatToDoAboutAnUnknownFormatWithoutAFileAndLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Format.parse(List.of("epub", "docx")));
        assertEquals("Unknown format 'docx' in <formats>. Use epub, pdf", unknown.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> Format.parse(List.of()));
        assertEquals("<formats> is empty. Name at least one of epub, pdf", none.getMessage());
    }

    @Test
    void builderParsesTheNamesTheMojoCopies() {
        Settings settings = TestSettings.in(java.nio.file.Path.of("/tmp/book")).toBuilder()
                .formatNames(List.of("pdf")).build();
        assertEquals(Set.of(Format.PDF), settings.output().formats());
        assertEquals("/tmp/book/out", settings.output().outputDirectory().toString());
        assertEquals(Set.of(Format.EPUB, Format.PDF), TestSettings.in(java.nio.file.Path.of("/tmp/b")).output()
                .formats());
    }
}
