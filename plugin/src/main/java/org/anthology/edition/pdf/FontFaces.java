package org.anthology.edition.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.anthology.edition.pdf.BookFonts.Face;
import org.anthology.edition.pdf.BookFonts.FontFile;
import org.anthology.model.Diagnostics;

/**
 * Loads the faces of one PDF edition, each once: from the book's own font files when it brings the family, else
 * from the built-in Liberation families on the class path. Every face is embedded as an Identity-H subset whose
 * tag is drawn from the face's name, so two writes of one book give the same bytes.
 *
 * <p>Font sets of one edition (its checks, its write) may share their parsed fonts through a {@link Parsed}: a
 * font is read once per edition, and each font set restarts its subset tags, so sharing changes no byte.
 */
final class FontFaces {

    /** Fonts already parsed, by file or resource name: one edition's, shared by the font sets it makes. */
    static final class Parsed {
        private final Map<String, BaseFont> fonts = new HashMap<>();

        synchronized BaseFont get(String name, java.util.function.Supplier<BaseFont> load) {
            BaseFont font = fonts.get(name);
            if (font == null) {
                font = load.get();
                fonts.put(name, font);
            }
            return font;
        }
    }

    private final Parsed parsed;
    private final BookFonts book;
    /** Concurrent, as the paragraphs set ahead of the page flow ask for faces from another thread. */
    private final Map<String, BaseFont> loaded = new ConcurrentHashMap<>();

    FontFaces(BookFonts book) {
        this(book, new Parsed());
    }

    /** Faces taken from {@code parsed} where another font set of the edition has read them already. */
    FontFaces(BookFonts book, Parsed parsed) {
        this.book = book;
        this.parsed = parsed;
    }

    /** The {@code face} of {@code family}; a book family without that face gives its Regular face. */
    BaseFont face(String family, Face face) {
        Optional<FontFile> own = book.face(family, face);
        if (own.isPresent()) {
            return loaded.computeIfAbsent(own.get().shown(), name -> shared(name, () -> load(own.get())));
        }
        return loaded.computeIfAbsent(resource(family, face), name -> shared(name, () -> builtIn(name)));
    }

    /** Where the built-in {@code face} of {@code family} lies on the class path. */
    private static String resource(String family, Face face) {
        return "liberation/" + family + "-" + face.suffix() + ".ttf";
    }

    /**
     * Parses the {@code face} of {@code family} into {@code parsed} before any font set asks for it. The face is not
     * tagged here: each font set tags the faces it takes, so a face read ahead on another thread changes no byte.
     */
    static void readAhead(BookFonts book, Parsed parsed, String family, Face face) {
        Optional<FontFile> own = book.face(family, face);
        if (own.isPresent()) {
            parsed.get(own.get().shown(), () -> load(own.get()));
        } else {
            String resource = resource(family, face);
            parsed.get(resource, () -> builtIn(resource));
        }
    }

    /**
     * Reports every file of the book's {@code families} that cannot be embedded, at the theme line that named its
     * family; true when all can.
     */
    boolean check(Collection<String> families, Diagnostics diagnostics) {
        boolean usable = true;
        for (String family : families) {
            for (FontFile file : book.files(family)) {
                try {
                    loaded.computeIfAbsent(file.shown(), name -> shared(name, () -> load(file)));
                } catch (IllegalArgumentException e) {
                    diagnostics.error(file.namedAt(), e.getMessage());
                    usable = false;
                }
            }
        }
        return usable;
    }

    /** The font parsed once per edition, its subset tags restarted for this font set. */
    private BaseFont shared(String name, java.util.function.Supplier<BaseFont> load) {
        return tagged(parsed.get(name, load), name);
    }

    private static BaseFont load(FontFile file) {
        String refused = refusal(file.bytes());
        if (refused != null) {
            throw unusable(file, refused);
        }
        try {
            return CidSets.remember(BaseFont.createFont(file.shown(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, file.bytes(), null), file.bytes());
        } catch (IOException | RuntimeException e) {
            // A damaged file can make the font parser fail in any way; the user can only replace the file.
            throw unusable(file, "cannot be embedded (" + e.getMessage() + ")");
        }
    }

    /** Why the file's first bytes show it is not a single TrueType or OpenType font, or null when it is one. */
    private static String refusal(byte[] bytes) {
        String tag = bytes.length < 4 ? "" : new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        return switch (tag) {
            case "\0\1\0\0", "true", "OTTO" -> null;
            case "ttcf" -> "is a font collection";
            case "wOFF", "wOF2" -> "is a web font (WOFF)";
            default -> "is not a TrueType or OpenType font";
        };
    }

    private static IllegalArgumentException unusable(FontFile file, String problem) {
        return new IllegalArgumentException(file.key() + ": font file " + file.shown() + " " + problem
                + ". Use a single TrueType (.ttf) or OpenType (.otf) font whose licence allows embedding");
    }

    private static BaseFont builtIn(String resource) {
        try (InputStream in = FontFaces.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("font " + resource + " is not on the class path. Name one of "
                        + String.join(", ", BookFonts.BUILT_IN) + " or bring the family's files");
            }
            byte[] program = in.readAllBytes();
            return CidSets.remember(BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    program, null), program);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource, e);
        }
    }

    private static BaseFont tagged(BaseFont font, String name) {
        font.setSecureRandom(new SubsetTags(name.hashCode()));
        return font;
    }

    /**
     * Feeds OpenPDF's six-letter subset tag ({@code ABCDEF+LiberationSerif}) from a seed instead of the system's
     * entropy, so two writes of one book give the same bytes; the tag only has to differ between subsets.
     */
    private static final class SubsetTags extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Random sequence;

        SubsetTags(long seed) {
            this.sequence = new Random(seed);
        }

        @Override
        public double nextDouble() {
            return sequence.nextDouble();
        }
    }
}
