package org.anthology.normalize;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Turns straight quotes into the curly marks of a {@link QuoteStyle}, deciding across a paragraph's runs. A quote
 * opens after space or an opening bracket or dash and closes after a word or punctuation; where context cannot tell
 * (space on both sides, or Han and kana with no spaces between words) the open quotes decide. A straight single
 * quote between letters, or before an elided word ({@code ’tis}, {@code ’90s}), is an apostrophe; at the end of a
 * word it closes an open single quote or else is an apostrophe ({@code the operators’ model}). Curly marks already
 * present are kept and count as open or closed quotes.
 */
final class SmartQuotes {

    /**
     * Words written with a leading apostrophe: English ones, and German ones that drop the {@code ei} of
     * {@code eine} or the {@code he} of {@code heraus} ({@code so ’ne Sache}, {@code ’raus}), which German
     * typography sets with ’, never with the low opening quote ‚.
     */
    private static final Set<String> ELIDED = Set.of("tis", "twas", "twere", "twould", "twill", "em", "n", "cause",
            "cos", "til", "bout", "nuff", "round", "kay", "ne", "nen", "nem", "ner", "nes", "raus", "rein", "rum",
            "runter", "rüber", "rauf", "ran");

    private final QuoteStyle style;
    private final Deque<Boolean> open = new ArrayDeque<>();
    /** How many quotes of each kind {@link #open} holds, so that asking whether one is open reads no stack. */
    private int openDoubles;
    private int openSingles;
    private int quotes;
    private int apostrophes;

    private SmartQuotes(QuoteStyle style) {
        this.style = style;
    }

    /** The runs with curly quotes; counts quotes and apostrophes in {@code tally}. */
    static TextRuns apply(TextRuns in, QuoteStyle style, Tally tally) {
        SmartQuotes machine = new SmartQuotes(style);
        TextRuns out = machine.run(in);
        tally.add(TypographyReport.Rule.QUOTES, machine.quotes);
        tally.add(TypographyReport.Rule.APOSTROPHES, machine.apostrophes);
        return out;
    }

    private TextRuns run(TextRuns in) {
        String text = in.flat();
        if (text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return in;
        }
        TextRuns.Writer out = in.writer();
        // The text read as an array: charAt would check its index in a call for every character.
        char[] chars = in.chars();
        for (int i = 0; i < chars.length; i++) {
            int plain = i;
            while (plain < chars.length && !isMark(chars[plain])) {
                plain++;
            }
            if (plain > i) {
                // Only quote marks are rewritten or move the open-quote state: the rest is copied as a whole.
                out.keep(i, plain);
                i = plain - 1;
                continue;
            }
            char c = chars[i];
            if (in.inUrl(i) || in.isAtom(i)) {
                out.keep(i);
            } else if (c == '"' || c == '\'') {
                out.emit(i, decide(text, i, c == '"'));
            } else {
                track(text, i, c);
                out.keep(i);
            }
        }
        return out.result();
    }

    /** Whether {@code c} is a straight quote or a mark of this style that {@link #track} follows. */
    private boolean isMark(char c) {
        // Every curly mark of every style comes after U+00AB («): most characters are answered by one comparison, in
        // a method small enough for the compiler to inline into the scan.
        return c < '\u00AB' ? c == '"' || c == '\'' : isCurlyMark(c);
    }

    private boolean isCurlyMark(char c) {
        return c == QuoteStyle.APOSTROPHE || c == style.openDouble()
                || c == style.closeDouble() || c == style.openSingle() || c == style.closeSingle();
    }

    private char decide(String text, int i, boolean dbl) {
        CharacterClass before = CharacterClass.before(text, i);
        CharacterClass after = CharacterClass.after(text, i);
        boolean wordBefore = before == CharacterClass.WORD;
        boolean wordAfter = after == CharacterClass.WORD;
        if (before == CharacterClass.CJK || after == CharacterClass.CJK) {
            return toggle(dbl);
        }
        if (!dbl && wordAfter && (wordBefore || elides(text, i + 1))) {
            return apostrophe();
        }
        boolean opening = before == CharacterClass.SPACE || before == CharacterClass.OPENER;
        boolean openable = after != CharacterClass.SPACE && (after != CharacterClass.PUNCT
                || before == CharacterClass.SPACE);
        if (opening && openable) {
            return open(dbl);
        }
        if (opening) {
            return isOpen(dbl) || !dbl ? closeOrApostrophe(dbl) : open(true);
        }
        if (before == CharacterClass.PUNCT && wordAfter) {
            return toggle(dbl);
        }
        return closeOrApostrophe(dbl);
    }

    private char closeOrApostrophe(boolean dbl) {
        return dbl || isOpen(false) ? close(dbl) : apostrophe();
    }

    /** Where context cannot tell: closes a quote of this kind if one is open, or else opens one. */
    private char toggle(boolean dbl) {
        return isOpen(dbl) ? close(dbl) : open(dbl);
    }

    /** Whether the word at {@code from} is one that English writes with a leading apostrophe. */
    private static boolean elides(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String word = text.substring(from, end).toLowerCase(Locale.ROOT);
        if (ELIDED.contains(word)) {
            return true;
        }
        // '90s, '05: two digits of a year, then a plural s or the end of the word (not a closing quote: '42').
        boolean year = word.length() >= 2 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(1));
        boolean closedAfter = end < text.length() && text.charAt(end) == '\'';
        return year && (word.length() == 2 || word.equals(word.substring(0, 2) + "s")) && !closedAfter;
    }

    /** Keeps the open-quote state in step with curly marks already in the text. */
    private void track(String text, int i, char c) {
        if (c == QuoteStyle.APOSTROPHE && CharacterClass.before(text, i) == CharacterClass.WORD
                && CharacterClass.after(text, i) == CharacterClass.WORD) {
            return;
        }
        if (!open.isEmpty() && c == style.close(open.peek())) {
            pop();
        } else if (c == style.openDouble() || c == style.openSingle()) {
            push(c == style.openDouble());
        } else if (c == style.closeDouble() || c == style.closeSingle()) {
            popTo(c == style.closeDouble());
        }
    }

    private boolean isOpen(boolean dbl) {
        return (dbl ? openDoubles : openSingles) > 0;
    }

    private char open(boolean dbl) {
        quotes++;
        push(dbl);
        return style.open(dbl);
    }

    private char close(boolean dbl) {
        quotes++;
        popTo(dbl);
        return style.close(dbl);
    }

    /** Closes the innermost open quote of this kind and every quote opened inside it, if one is open. */
    private void popTo(boolean dbl) {
        if (isOpen(dbl)) {
            boolean top;
            do {
                top = pop();
            } while (top != dbl);
        }
    }

    private void push(boolean dbl) {
        open.push(dbl);
        if (dbl) {
            openDoubles++;
        } else {
            openSingles++;
        }
    }

    private boolean pop() {
        boolean dbl = open.pop();
        if (dbl) {
            openDoubles--;
        } else {
            openSingles--;
        }
        return dbl;
    }

    private char apostrophe() {
        apostrophes++;
        return QuoteStyle.APOSTROPHE;
    }
}
