package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anthology.model.Fixtures;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;

class PdfOutputIntentTest {

    @Test
    void embedsThePluginsOwnSrgbProfileNotTheRuntimes() throws IOException {
        byte[] pdf = PdfBytes.of(Fixtures.twoChapterBook(), PdfTheme.defaults());
        try (PdfReadBack read = PdfReadBack.of(pdf)) {
            List<PDOutputIntent> intents = read.document().getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            byte[] embedded;
            try (InputStream in = intents.get(0).getDestOutputIntent().createInputStream()) {
                embedded = in.readAllBytes();
            }
            assertArrayEquals(Files.readAllBytes(Path.of("src/main/resources/org/anthology/edition/pdf/sRGB.icc")),
                    embedded);
        }
    }

    @Test
    void theProfileIsIccVersionTwoAsPdfA1Asks() throws IOException {
        try (InputStream in = PdfOutputIntentTest.class.getResourceAsStream(DocumentInfo.SRGB_PROFILE)) {
            byte[] profile = in.readAllBytes();
            assertEquals(2, profile[8], "major version in the ICC header");
            assertEquals("RGB ", new String(profile, 16, 4, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }
}
