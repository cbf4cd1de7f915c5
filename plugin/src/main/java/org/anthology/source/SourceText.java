package org.anthology.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Decodes every text file the build reads (manuscripts, the contents file, the theme, the style sheet) strictly and
 * the same way: an undecodable byte is an error naming its line, never a silent U+FFFD; UTF-16 is recognised by its
 * byte-order mark or its NUL bytes and read as such; a byte-order mark is dropped; CRLF and lone CR line ends become
 * LF, so line numbers match what editors show; and control characters and noncharacters are dropped with a warning
 * naming them.
 */
public final class SourceText {

    private SourceText() {
    }

    /** The text of a manuscript's {@code bytes}, or empty after reporting why it cannot be read. */
    public static Optional<String> decode(byte[] bytes, Charset charset, String file, Diagnostics diagnostics) {
        return decode(bytes, charset, file, " or set <encoding> to the file's encoding", diagnostics);
    }

    /** The text of a settings file's {@code bytes}, which are UTF-8, or empty after reporting why not. */
    public static Optional<String> decodeUtf8(byte[] bytes, String file, Diagnostics diagnostics) {
        return decode(bytes, StandardCharsets.UTF_8, file, "", diagnostics);
    }

    private static Optional<String> decode(byte[] bytes, Charset charset, String file, String orSetting,
                                           Diagnostics diagnostics) {
        TextEncoding encoding = TextEncoding.of(bytes, charset);
        if (encoding.binary()) {
            diagnostics.error(new SourcePosition(file, 1), "the file is not text (it is full of NUL and control "
                    + "bytes). Remove it from the book or save it as " + charset.name() + " text");
            return Optional.empty();
        }
        if (encoding.differsFrom(charset)) {
            diagnostics.warning(new SourcePosition(file, 1), "the file is " + encoding.charset().name() + " ("
                    + encoding.evidence() + "), not " + charset.name() + "; it was read as "
                    + encoding.charset().name() + ". Save it as " + charset.name());
        }
        byte[] body = encoding.bomLength() == 0 ? bytes : Arrays.copyOfRange(bytes, encoding.bomLength(),
                bytes.length);
        Charset used = encoding.charset();
        String valid = used.equals(StandardCharsets.UTF_8) ? validUtf8(body) : null;
        if (valid != null) {
            int found = ControlCharacters.scan(body);
            String cleaned = clean(valid, (found & ControlCharacters.CARRIAGE_RETURN) != 0);
            return Optional.of((found & ControlCharacters.FORBIDDEN) != 0 ? ControlCharacters.drop(cleaned, file,
                    diagnostics) : cleaned);
        }
        CharsetDecoder decoder = strict(used);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate((int) (body.length * (double) decoder.maxCharsPerByte()) + 1);
        if (!decoder.decode(in, out, true).isError() && !decoder.flush(out).isError()) {
            return Optional.of(ControlCharacters.drop(clean(out.flip().toString()), file, diagnostics));
        }
        int offset = Math.min(in.position(), body.length - 1);
        String before = new String(body, 0, offset, used);
        int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        String message = String.format("invalid %s (byte 0x%02X at column %d). Save the file as %s%s", used.name(),
                body[offset] & 0xFF, before.length() - lineStart + 1, used.name(),
                used.equals(charset) ? orSetting : "");
        diagnostics.error(new SourcePosition(file, lineOf(before)), message);
        return Optional.empty();
    }

    /**
     * {@code body} decoded by the JDK's own UTF-8 fast path, which puts U+FFFD for every malformed sequence: without
     * one in the result the bytes were valid. Null when there is one, real or put there, for the strict decoder
     * to tell which and where.
     */
    private static String validUtf8(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String clean(String text) {
        return clean(text, true);
    }

    /** {@code text} without a byte-order mark and with LF line ends; {@code mayHoldCr} false says it holds no CR. */
    private static String clean(String text, boolean mayHoldCr) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // Most files have LF line ends: one search for a CR answers them, where each replace would search again.
        return !mayHoldCr || withoutBom.indexOf('\r') < 0 ? withoutBom
                : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The 1-based line of the end of {@code text}, counting LF, CRLF and lone CR each as one line end. */
    private static int lineOf(String text) {
        return (int) clean(text).chars().filter(c -> c == '\n').count() + 1;
    }
}
