package org.anthology.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Decodes a manuscript's bytes strictly: an undecodable byte is an error naming its line, never a silent U+FFFD.
 * Also drops a byte-order mark and turns CRLF and CR line ends into LF, so line numbers match what editors show.
 */
final class SourceText {

    private SourceText() {
    }

    /** The text of {@code bytes}, or empty after reporting where decoding failed. */
    static Optional<String> decode(byte[] bytes, Charset charset, String file, Diagnostics diagnostics) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            return Optional.of(clean(chars.toString()));
        } catch (MalformedInputException e) {
            int offset = firstBadByte(bytes, charset);
            diagnostics.error(new SourcePosition(file, lineOf(bytes, offset)), String.format(
                    "invalid %s (byte 0x%02X at column %d). Save the file as %s or set <encoding> to the file's "
                            + "encoding", charset.name(), bytes[offset] & 0xFF, columnOf(bytes, offset),
                    charset.name()));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            diagnostics.error(new SourcePosition(file, 1), "cannot decode the file as " + charset.name()
                    + " (" + e.getMessage() + "). Save the file as UTF-8 or set <encoding>");
            return Optional.empty();
        }
    }

    private static String clean(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Finds the offset of the first undecodable byte by decoding growing prefixes' error position. */
    private static int firstBadByte(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] bytes, int offset) {
        int start = offset;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        return offset - start + 1;
    }
}
