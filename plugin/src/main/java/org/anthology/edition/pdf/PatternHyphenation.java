package org.anthology.edition.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.HyphenationEvent;
import com.lowagie.text.pdf.hyphenation.Hyphenation;
import com.lowagie.text.pdf.hyphenation.HyphenationTree;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Breaks words at line ends by Liang's hyphenation patterns for the book's language, as OpenPDF's
 * {@link HyphenationEvent}. The patterns are the OFFO project's ({@code net.sf.offo:fop-hyph}), compiled for
 * Apache FOP: OpenPDF's hyphenation tree descends from FOP's and has the same serialized form, so the compiled
 * trees are read into OpenPDF's classes. Without patterns for a language, words are not broken. An instance
 * remembers the words it has looked up, so it serves one edition's write at a time.
 */
final class PatternHyphenation implements HyphenationEvent {

    private static final String FOP_PACKAGE = "org.apache.fop.hyphenation.";
    private static final String HYPHEN = "-";
    /** At least two letters stay on the line and three go to the next, as in most book typography. */
    private static final int LEFT_MIN = 2;
    private static final int RIGHT_MIN = 3;

    /** The compiled trees hold nothing but these classes; anything else in the stream is refused. */
    private static final ObjectInputFilter ONLY_PATTERN_TREES = ObjectInputFilter.Config.createFilter(
            "com.lowagie.text.pdf.hyphenation.*;java.util.HashMap;java.util.Map$Entry;java.util.ArrayList;"
                    + "java.lang.String;java.lang.Object;!*");

    /**
     * The pattern trees read so far, by resource name, empty for a language without patterns. A tree is only read
     * once loaded, so every write of the JVM shares it and each language's patterns are parsed once, when first used.
     */
    private static final Map<String, Optional<HyphenationTree>> TREES = new ConcurrentHashMap<>();

    /** Words recur (Zipf): a book's points are looked up in the patterns once per distinct word, up to this many. */
    private static final int CACHED_WORDS = 20_000;

    private final HyphenationTree tree;
    private final Map<String, int[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > CACHED_WORDS;
        }
    };
    private String post = "";

    private PatternHyphenation(HyphenationTree tree) {
        this.tree = tree;
    }

    /** Hyphenation for the BCP 47 {@code language} ("en", "en-GB", "de-CH"), if patterns exist for it. */
    static Optional<HyphenationEvent> forLanguage(String language) {
        String[] parts = language.replace('-', '_').split("_");
        String lang = parts[0].toLowerCase(Locale.ROOT);
        if (parts.length > 1) {
            Optional<HyphenationTree> regional = load(lang + "_" + parts[1].toUpperCase(Locale.ROOT));
            if (regional.isPresent()) {
                return regional.map(PatternHyphenation::new);
            }
        }
        return load(lang).map(PatternHyphenation::new);
    }

    /**
     * Where {@code word}, letters only, may be broken: the number of its characters before each hyphenation point,
     * in ascending order; none for a word too short to break.
     */
    int[] points(String word) {
        if (word.length() < LEFT_MIN + RIGHT_MIN) {
            return new int[0];
        }
        return cache.computeIfAbsent(word, key -> {
            Hyphenation breaks = tree.hyphenate(key, LEFT_MIN, RIGHT_MIN);
            return breaks == null ? new int[0] : breaks.getHyphenationPoints();
        });
    }

    /** Whether this and {@code other} break words by the same parsed patterns, as two writes in one language do. */
    boolean sharesPatternsWith(PatternHyphenation other) {
        return tree == other.tree;
    }

    @Override
    public String getHyphenSymbol() {
        return HYPHEN;
    }

    @Override
    public String getHyphenatedWordPre(String word, BaseFont font, float fontSize, float remainingWidth) {
        post = word;
        float hyphenWidth = font.getWidthPoint(HYPHEN, fontSize);
        if (hyphenWidth > remainingWidth || word.contains(HYPHEN)) {
            return "";
        }
        Hyphenation breaks = tree.hyphenate(word, LEFT_MIN, RIGHT_MIN);
        if (breaks == null) {
            return "";
        }
        int fitting = -1;
        for (int k = 0; k < breaks.length(); k++) {
            if (font.getWidthPoint(breaks.getPreHyphenText(k), fontSize) + hyphenWidth > remainingWidth) {
                break;
            }
            fitting = k;
        }
        if (fitting < 0) {
            return "";
        }
        post = breaks.getPostHyphenText(fitting);
        return breaks.getPreHyphenText(fitting) + HYPHEN;
    }

    @Override
    public String getHyphenatedWordPost() {
        return post;
    }

    private static Optional<HyphenationTree> load(String name) {
        return TREES.computeIfAbsent(name, PatternHyphenation::read);
    }

    private static Optional<HyphenationTree> read(String name) {
        InputStream resource = PatternHyphenation.class.getClassLoader().getResourceAsStream("hyph/" + name + ".hyp");
        if (resource == null) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new FopTrees(new BufferedInputStream(resource))) {
            in.setObjectInputFilter(ONLY_PATTERN_TREES);
            return Optional.of((HyphenationTree) in.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation patterns hyph/" + name + ".hyp", e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("hyphenation patterns hyph/" + name + ".hyp have an unknown form", e);
        }
    }

    /** Reads FOP's compiled pattern classes as OpenPDF's classes of the same name and fields. */
    private static final class FopTrees extends ObjectInputStream {
        FopTrees(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected ObjectStreamClass readClassDescriptor() throws IOException, ClassNotFoundException {
            ObjectStreamClass stored = super.readClassDescriptor();
            if (!stored.getName().startsWith(FOP_PACKAGE)) {
                return stored;
            }
            String local = HyphenationTree.class.getPackageName() + "."
                    + stored.getName().substring(FOP_PACKAGE.length());
            return ObjectStreamClass.lookup(Class.forName(local, false, HyphenationTree.class.getClassLoader()));
        }
    }
}
