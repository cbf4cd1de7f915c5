package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<String> decode(byte[] bytes) {
        return SourceText.decode(bytes, StandardCharsets.UTF_8, "texts/a.md", diagnostics);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private List<String> problems() {
        return diagnostics.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsUtf16LittleEndianWithoutAByteOrderMarkAndSaysSo() {
        assertEquals(Optional.of("Der Leuchtturm\nsteht."), decode(bytes("Der Leuchtturm\r\nsteht.",
                StandardCharsets.UTF_16LE)));
        assertEquals(List.of("texts/a.md:1: the file is UTF-16LE (NUL bytes at every other position), not UTF-8; "
                + "it was read as UTF-16LE. Save it as UTF-8"), problems());
    }

    @Test
    void readsUtf16BigEndianWithAByteOrderMark() {
        assertEquals(Optional.of("Ein Leuchtturm"), decode(bytes("\uFEFFEin Leuchtturm", StandardCharsets.UTF_16BE)));
        assertTrue(problems().get(0).contains("UTF-16BE (a UTF-16BE byte-order mark)"), problems().toString());
    }

    @Test
    void keepsAReplacementCharacterTheFileReallyHolds() {
        assertEquals(Optional.of("caf\uFFFD \u00E9t\u00E9"), decode(bytes("caf\uFFFD \u00E9t\u00E9", StandardCharsets.UTF_8)));
        assertEquals(List.of(), problems());
    }

    @Test
    void reportsAMalformedUtf8ByteAfterValidMultiByteText() {
        byte[] text = bytes("\u00E9t\u00E9\nsecond \u00E9 line ", StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(text, text.length + 1);
        bad[text.length] = (byte) 0xE9;
        assertEquals(Optional.empty(), decode(bad));
        assertEquals(List.of("texts/a.md:2: invalid UTF-8 (byte 0xE9 at column 15). Save the file as UTF-8 "
                + "or set <encoding> to the file's encoding"), problems());
    }

    @Test
    void dropsAUtf8ByteOrderMarkSilently() {
        assertEquals(Optional.of("text"), decode(bytes("\uFEFFtext", StandardCharsets.UTF_8)));
        assertEquals(List.of(), problems());
    }

    @Test
    void reportsLatin1BytesAtTheirLineCountingLoneCarriageReturns() {
        assertEquals(Optional.empty(), decode(bytes("one\rtwo\r\nthr\u00E9e", StandardCharsets.ISO_8859_1)));
        assertEquals(List.of("texts/a.md:3: invalid UTF-8 (byte 0xE9 at column 4). Save the file as UTF-8 or set "
                + "<encoding> to the file's encoding"), problems());
    }

    @Test
    void turnsLoneCarriageReturnsIntoLineEnds() {
        assertEquals(Optional.of("a\nb\nc\n"), decode(bytes("a\rb\r\nc\r", StandardCharsets.UTF_8)));
    }

    @Test
    void dropsANulByteWithAWarningNamingIt() {
        assertEquals(Optional.of("line one\nline two"), decode(bytes("line one\nline\u0000 two",
                StandardCharsets.UTF_8)));
        assertEquals(List.of("texts/a.md:2: NUL byte (U+0000) at column 5 was left out. Remove it from the file"),
                problems());
    }

    @Test
    void dropsNoncharactersAndControlCharactersCountingRepeats() {
        assertEquals(Optional.of("ab\ncd"), decode(bytes("a\uFFFFb\n\u0007c\uFFFEd\u0007", StandardCharsets.UTF_8)));
        assertEquals(List.of("texts/a.md:1: noncharacter U+FFFF at column 2 was left out. Remove it from the file",
                "texts/a.md:2: control character BEL (U+0007) at column 1 (and 1 more in the file) was left out. "
                        + "Remove it from the file",
                "texts/a.md:2: noncharacter U+FFFE at column 3 was left out. Remove it from the file"), problems());
    }

    @Test
    void refusesAFileFullOfControlBytesAsNotText() {
        byte[] binary = new byte[64];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7);
        }
        assertEquals(Optional.empty(), decode(binary));
        assertEquals(List.of("texts/a.md:1: the file is not text (it is full of NUL and control bytes). Remove it "
                + "from the book or save it as UTF-8 text"), problems());
    }

    @Test
    void aSettingsFileMustBeUtf8() {
        assertEquals(Optional.empty(), SourceText.decodeUtf8(bytes("title: Caf\u00E9", StandardCharsets.ISO_8859_1),
                "src/contents.yaml", diagnostics));
        assertEquals(List.of("src/contents.yaml:1: invalid UTF-8 (byte 0xE9 at column 11). Save the file as UTF-8"),
                problems());
    }
}
