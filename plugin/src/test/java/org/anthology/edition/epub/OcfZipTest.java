package org.anthology.edition.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container stores its {@code mimetype} first and deflates the rest at deflate's level 4. */
class OcfZipTest {

    @TempDir
    Path dir;

    @Test
    void storesTheMimetypeFirstAndDeflatesAChapterAtLevelFour() throws IOException {
        byte[] chapter = prose(60_000);
        Path epub = dir.resolve("book.epub");
        try (OutputStream out = Files.newOutputStream(epub)) {
            OcfZip zip = new OcfZip(out, LocalDateTime.of(2020, 1, 1, 0, 0));
            zip.begin("EPUB/chapter.xhtml").write(chapter);
            zip.finish();
        }
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            assertEquals("mimetype", entries.get(0).getName());
            assertEquals(ZipEntry.STORED, entries.get(0).getMethod());
            ZipEntry entry = zip.getEntry("EPUB/chapter.xhtml");
            assertEquals(ZipEntry.DEFLATED, entry.getMethod());
            assertEquals(deflatedSize(chapter, 4), entry.getCompressedSize());
            assertNotEquals(deflatedSize(chapter, Deflater.DEFAULT_COMPRESSION), entry.getCompressedSize(),
                    "the default level would give another size, so the size tells the level");
            assertEquals(new String(chapter, StandardCharsets.UTF_8),
                    new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Paragraphs of words drawn from a seeded generator, as a chapter's markup would hold them. */
    private static byte[] prose(int length) {
        String[] words = {"the", "of", "network", "engineers", "built", "infrastructure", "that", "carried",
            "international", "communication", "for", "decades", "and", "their", "understanding", "shaped"};
        Random random = new Random(3);
        StringBuilder text = new StringBuilder("<p>");
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ".</p>\n<p>" : " ");
        }
        return text.append("</p>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long deflatedSize(byte[] bytes, int level) {
        Deflater deflater = new Deflater(level, true);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.size();
    }
}
