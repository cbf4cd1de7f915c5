package org.anthology.normalize;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.anthology.model.DefaultInlineVisitor;
import org.anthology.model.Inline;
import org.anthology.model.Walk;

/**
 * A paragraph's text runs seen as one string, so typography rules can decide across inline boundaries (a quote may
 * open before an emphasis and close inside it). Code spans stand in as one word-like character and line breaks as
 * one space-like character; both are kept as they are whatever a rule writes for them.
 */
final class TextRuns {

    /** Stands in for a code span: a word character for context, never rewritten. */
    static final char CODE = '\uFFFC';
    /** Stands in for a hard line break: white space for context, never rewritten. */
    static final char BREAK = '\u2028';

    /** Marks a run of real text among the stand-ins. */
    private static final char TEXT = '\0';

    private final List<String> texts;
    private final List<Character> atoms;
    private final String flat;
    private final int[] owner;
    /** Computed when a rule first asks: most rules' output is only read by the next rule's writer. */
    private boolean[] url;

    private TextRuns(List<String> texts, List<Character> atoms) {
        this.texts = List.copyOf(texts);
        this.atoms = List.copyOf(atoms);
        int length = 0;
        for (int run = 0; run < texts.size(); run++) {
            length += atoms.get(run) == TEXT ? texts.get(run).length() : 1;
        }
        StringBuilder all = new StringBuilder(length);
        this.owner = new int[length];
        for (int run = 0; run < texts.size(); run++) {
            int from = all.length();
            if (atoms.get(run) == TEXT) {
                all.append(texts.get(run));
            } else {
                all.append(atoms.get(run).charValue());
            }
            java.util.Arrays.fill(owner, from, all.length(), run);
        }
        this.flat = all.toString();
    }

    /** The runs of {@code inlines} in reading order; link targets are not text and are left out. */
    static TextRuns of(List<Inline> inlines) {
        List<String> texts = new ArrayList<>();
        List<Character> atoms = new ArrayList<>();
        collect(inlines, texts, atoms);
        return new TextRuns(texts, atoms);
    }

    /** One run of plain text, for titles. */
    static TextRuns of(String text) {
        return new TextRuns(List.of(text), List.of(TEXT));
    }

    private static void collect(List<Inline> inlines, List<String> texts, List<Character> atoms) {
        for (Inline leaf : Walk.leaves(inlines)) {
            texts.add(leaf.accept(TEXT_OF));
            atoms.add(leaf.accept(ATOM_OF));
        }
    }

    /** A text run's text; every other leaf has none. */
    private static final DefaultInlineVisitor<String> TEXT_OF = new DefaultInlineVisitor<>() {
        @Override
        protected String otherwise(Inline inline) {
            return "";
        }

        @Override
        public String visitText(Inline.Text text) {
            return text.text();
        }
    };

    /** What a leaf stands for; a note reference or image clings to its word like a code span. */
    private static final DefaultInlineVisitor<Character> ATOM_OF = new DefaultInlineVisitor<>() {
        @Override
        protected Character otherwise(Inline inline) {
            return CODE;
        }

        @Override
        public Character visitText(Inline.Text text) {
            return TEXT;
        }

        @Override
        public Character visitLineBreak(Inline.LineBreak lineBreak) {
            return BREAK;
        }
    };

    /** All runs joined, with code spans and line breaks as their stand-in characters. */
    String flat() {
        return flat;
    }

    /** True when the character at {@code index} belongs to a URL written in the text: rules leave it alone. */
    boolean inUrl(int index) {
        if (url == null) {
            url = Urls.mask(flat);
        }
        return url[index];
    }

    /** True when the character at {@code index} stands in for a code span or line break. */
    boolean isAtom(int index) {
        return atoms.get(owner[index]) != TEXT;
    }

    /** The text of each run; empty for code spans and line breaks. */
    List<String> texts() {
        return texts;
    }

    /** The same runs with each text run replaced by a function of its own text. */
    TextRuns mapEach(UnaryOperator<String> f) {
        List<String> out = new ArrayList<>();
        for (int run = 0; run < texts.size(); run++) {
            out.add(atoms.get(run) == TEXT ? f.apply(texts.get(run)) : "");
        }
        return new TextRuns(out, atoms);
    }

    /** A writer whose output goes to the run of the input character it replaces. */
    Writer writer() {
        return new Writer();
    }

    /** {@code inlines} with their text runs replaced, in order, by these runs' texts. */
    List<Inline> rebuild(List<Inline> inlines) {
        return replace(inlines, texts.iterator());
    }

    private static List<Inline> replace(List<Inline> inlines, Iterator<String> next) {
        // Leaves come in the order collect() met them, so each takes the next run; only text runs change.
        return Walk.mapLeaves(inlines, leaf -> {
            String run = next.next();
            return List.of(leaf.accept(ATOM_OF) == TEXT ? new Inline.Text(run) : leaf);
        });
    }

    /** Collects a rule's output run by run. */
    final class Writer {
        private final List<StringBuilder> out = new ArrayList<>();

        private Writer() {
            texts.forEach(t -> out.add(new StringBuilder(t.length() + 8)));
        }

        /** Writes {@code replacement} in place of input starting at {@code index}; nothing is written for atoms. */
        void emit(int index, CharSequence replacement) {
            out.get(owner[index]).append(replacement);
        }

        /** Copies the input character at {@code index} unchanged. */
        void keep(int index) {
            out.get(owner[index]).append(flat.charAt(index));
        }

        /** The runs written so far. */
        TextRuns result() {
            List<String> done = new ArrayList<>();
            for (int run = 0; run < out.size(); run++) {
                done.add(atoms.get(run) == TEXT ? out.get(run).toString() : "");
            }
            return new TextRuns(done, atoms);
        }
    }
}
