package org.anthology.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.anthology.model.Inline;
import org.anthology.model.Walk;

/**
 * A paragraph's text runs seen as one string, so typography rules can decide across inline boundaries (a quote may
 * open before an emphasis and close inside it). Code spans stand in as one word-like character and line breaks as
 * one space-like character; both are kept as they are whatever a rule writes for them. A rule that changes nothing
 * hands back the same runs, so a paragraph no rule touches keeps its very inlines.
 */
final class TextRuns {

    /** Stands in for a code span: a word character for context, never rewritten. */
    static final char CODE = '\uFFFC';
    /** Stands in for a hard line break: white space for context, never rewritten. */
    static final char BREAK = '\u2028';

    /** Marks a run of real text among the stand-ins. */
    private static final char TEXT = '\0';

    /** Each run's text; empty for a stand-in. */
    private final String[] texts;
    /** Each run's stand-in character, or {@link #TEXT}. */
    private final char[] atoms;
    private final String flat;
    /** Where each run starts in {@link #flat}, and its length at the end. */
    private final int[] starts;
    /** Computed when a rule first asks: most paragraphs hold no URL and most rules never ask. */
    private boolean[] url;
    /** {@link #flat} as an array, copied when a rule or writer first asks. */
    private char[] chars;

    private TextRuns(String[] texts, char[] atoms) {
        this.texts = texts;
        this.atoms = atoms;
        this.starts = new int[texts.length + 1];
        for (int run = 0; run < texts.length; run++) {
            starts[run + 1] = starts[run] + (atoms[run] == TEXT ? texts[run].length() : 1);
        }
        this.flat = texts.length == 1 && atoms[0] == TEXT ? texts[0] : join(texts, atoms, starts[texts.length]);
    }

    private static String join(String[] texts, char[] atoms, int length) {
        StringBuilder all = new StringBuilder(length);
        for (int run = 0; run < texts.length; run++) {
            if (atoms[run] == TEXT) {
                all.append(texts[run]);
            } else {
                all.append(atoms[run]);
            }
        }
        return all.toString();
    }

    /** The runs of {@code inlines} in reading order; link targets are not text and are left out. */
    static TextRuns of(List<Inline> inlines) {
        List<Inline> leaves = Walk.leaves(inlines);
        String[] texts = new String[leaves.size()];
        char[] atoms = new char[leaves.size()];
        for (int run = 0; run < texts.length; run++) {
            Inline leaf = leaves.get(run);
            texts[run] = leaf instanceof Inline.Text text ? text.text() : "";
            atoms[run] = atomOf(leaf);
        }
        return new TextRuns(texts, atoms);
    }

    /** One run of plain text, for titles. */
    static TextRuns of(String text) {
        return new TextRuns(new String[] {text}, new char[] {TEXT});
    }

    /** What a leaf stands for; a note reference or image clings to its word like a code span. */
    private static char atomOf(Inline leaf) {
        if (leaf instanceof Inline.Text) {
            return TEXT;
        }
        return leaf instanceof Inline.LineBreak ? BREAK : CODE;
    }

    /** All runs joined, with code spans and line breaks as their stand-in characters. */
    String flat() {
        return flat;
    }

    /**
     * All runs joined as {@link #flat()} gives them, as an array a rule reads without a call a character; shared,
     * so not to be written to.
     */
    char[] chars() {
        if (chars == null) {
            chars = flat.toCharArray();
        }
        return chars;
    }

    /** True when the character at {@code index} belongs to a URL written in the text: rules leave it alone. */
    boolean inUrl(int index) {
        if (url == null) {
            url = Urls.mask(flat, chars());
        }
        return url != Urls.NONE && url[index];
    }

    /** True when the character at {@code index} stands in for a code span or line break. */
    boolean isAtom(int index) {
        char c = flat.charAt(index);
        // Text may hold these characters too; only a run of its own is a stand-in.
        return (c == CODE || c == BREAK) && atoms[runAt(index)] != TEXT;
    }

    private int runAt(int index) {
        int found = Arrays.binarySearch(starts, index);
        int run = found >= 0 ? found : -found - 2;
        // Empty runs share their start with the next run: the character belongs to the last of them.
        while (run + 1 < texts.length && starts[run + 1] == index) {
            run++;
        }
        return run;
    }

    /** The text of each run; empty for code spans and line breaks. */
    List<String> texts() {
        return List.of(texts);
    }

    /** The same runs with each text run replaced by a function of its own text; these runs if none changed. */
    TextRuns mapEach(UnaryOperator<String> f) {
        String[] out = texts.clone();
        boolean changed = false;
        for (int run = 0; run < texts.length; run++) {
            if (atoms[run] == TEXT) {
                out[run] = f.apply(texts[run]);
                changed |= !out[run].equals(texts[run]);
            }
        }
        return changed ? new TextRuns(out, atoms) : this;
    }

    /** A writer whose output goes to the run of the input character it replaces. */
    Writer writer() {
        return new Writer();
    }

    /** {@code inlines} with their text runs replaced, in order, by these runs' texts; the same list if none changed. */
    List<Inline> rebuild(List<Inline> inlines) {
        Iterator<String> next = Arrays.asList(texts).iterator();
        // Leaves come in the order of() met them, so each takes the next run; only text runs change.
        return Walk.mapLeaves(inlines, leaf -> {
            String run = next.next();
            return List.of(leaf instanceof Inline.Text text && !text.text().equals(run) ? new Inline.Text(run) : leaf);
        });
    }

    /**
     * Collects a rule's output run by run, in the order of the input: each call is at or after the input the
     * previous call consumed, so one buffer holds every run's output one after another. Kept stretches are copied
     * from {@link #chars()} as blocks, not character by character.
     */
    final class Writer {
        private char[] out = new char[flat.length() + 16];
        private int length;
        /** Where each run's output ends in {@link #out}, once the writer has passed it. */
        private final int[] ends = new int[texts.length];
        private int run;
        /** The input index the next call keeps when the output so far equals the input. */
        private int next;
        private boolean changed;

        private Writer() {
        }

        /** Writes {@code replacement} in place of input starting at {@code index}; nothing is written for atoms. */
        void emit(int index, CharSequence replacement) {
            changed = true;
            if (moveTo(index)) {
                room(replacement.length());
                for (int k = 0; k < replacement.length(); k++) {
                    out[length++] = replacement.charAt(k);
                }
            }
        }

        /** Writes the one character {@code replacement} in place of the input character at {@code index}. */
        void emit(int index, char replacement) {
            changed = true;
            if (moveTo(index)) {
                room(1);
                out[length++] = replacement;
            }
        }

        /** Copies the input character at {@code index} unchanged. */
        void keep(int index) {
            changed |= index != next;
            next = index + 1;
            if (moveTo(index)) {
                room(1);
                out[length++] = flat.charAt(index);
            }
        }

        /** Copies the input from {@code from} to {@code to} unchanged. */
        void keep(int from, int to) {
            changed |= from != next && from < to;
            next = Math.max(next, to);
            for (int start = from; start < to; ) {
                boolean text = moveTo(start);
                int end = Math.min(to, starts[run + 1]);
                if (text) {
                    room(end - start);
                    System.arraycopy(chars(), start, out, length, end - start);
                    length += end - start;
                }
                start = end;
            }
        }

        private void room(int more) {
            if (length + more > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
            }
        }

        /** Moves on to the run of {@code index}, closing the runs before it; whether that run is text. */
        private boolean moveTo(int index) {
            while (run + 1 < texts.length && starts[run + 1] <= index) {
                ends[run++] = length;
            }
            return atoms[run] == TEXT;
        }

        /** The runs written so far; the very input runs when every character was kept as it was. */
        TextRuns result() {
            if (!changed && next == flat.length()) {
                return TextRuns.this;
            }
            for (; run < texts.length; run++) {
                ends[run] = length;
            }
            String[] done = new String[texts.length];
            for (int r = 0; r < texts.length; r++) {
                int start = r == 0 ? 0 : ends[r - 1];
                done[r] = atoms[r] == TEXT ? new String(out, start, ends[r] - start) : "";
            }
            return new TextRuns(done, atoms);
        }
    }
}
