package org.anthology.edition.epub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.anthology.BookCheck;

@BookCheck
class EpubCheckerTest {

    @TempDir
    Path dir;

    @Test
    void reportsABookWithoutPackageDocument() throws IOException {
        Path epub = dir.resolve("broken.epub");
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream file = Files.newOutputStream(epub); ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry("mimetype");
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
        }

        EpubCheckResult result = EpubChecker.check(epub);

        assertFalse(result.isClean(), result::toString);
        assertTrue(result.fatals() + result.errors() > 0, result::toString);
        assertFalse(result.messages().isEmpty(), result::toString);
    }
}
