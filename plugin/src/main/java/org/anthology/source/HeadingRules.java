package org.anthology.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named rules that recognize a heading in a line of plain text. Each looks at one line (the underline rules
 * also at the next) and either names the heading it found or stays silent; the reader decides where a heading may
 * stand. Except for the scraper's trailing {@code #}, no rule promotes a line that ends a sentence, opens dialogue
 * or is longer than a title, so ordinary paragraphs stay paragraphs.
 *
 * <p>Levels: {@code ===} underlines and {@code Chapter N} lines are 1; ALL-CAPS lines, {@code ---} underlines and
 * trailing-{@code #} lines are 2; numbered sections and title-like lines are 3. The heading normalizer re-levels
 * them per chapter.
 */
final class HeadingRules {

    /** A heading a rule found: its level and text, what the line was and the rule's name. */
    record Match(int level, String text, String was, String rule) {
    }

    /** Scraper residue: a heading whose Markdown {@code ##} ended up behind it. */
    private static final Pattern TRAILING_HASH = Pattern.compile("^(?!#)(.*[^\\s#])\\s*#+$");
    private static final Pattern HASH_PREFIX = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?$");
    private static final Pattern CHAPTER = Pattern.compile("^(?i:chapter|part)\\s+(\\d{1,3}|[IVXLCDM]+|"
            + "(?i:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-[a-z]+)?))"
            + "(?:\\s*[:.—–-]\\s*|\\s+|$)(.*)$");
    private static final Pattern NUMBERED = Pattern.compile(
            "^((?:[IVXLCDM]+|\\d{1,3})[.)]|\\d{1,3}(?:\\.\\d{1,3})+\\.?)\\s+(\\S.*)$");
    private static final Pattern UNDERLINE = Pattern.compile("^(={3,}|-{3,})$");
    private static final int UNDERLINE_SLACK = 2;
    private static final int CAPS_MIN_LETTERS = 3;
    private static final int CAPS_MAX_WORDS = 12;
    private static final int TITLE_MAX_CHARS = 70;

    private HeadingRules() {
    }

    /** {@code Festivals#}: a line ending in {@code #} is a heading whatever its punctuation. */
    static Optional<Match> trailingHash(String line) {
        String s = line.strip();
        // The pattern needs a closing '#'; asking first spares every paragraph a backtracking scan.
        if (!s.endsWith("#")) {
            return Optional.empty();
        }
        Matcher m = TRAILING_HASH.matcher(s);
        return m.matches() ? Optional.of(new Match(2, m.group(1).strip(), "line ending in '#'", "trailing-hash"))
                : Optional.empty();
    }

    /** {@code ## Method}: a hash prefix, as plain text exported from Markdown keeps it. */
    static Optional<Match> hashPrefix(String line) {
        String s = line.strip();
        if (!s.startsWith("#")) {
            return Optional.empty();
        }
        Matcher m = HASH_PREFIX.matcher(s);
        return m.matches() ? Optional.of(new Match(m.group(1).length(), m.group(2).strip(),
                "line starting with '" + m.group(1) + "'", "hash-prefix")) : Optional.empty();
    }

    /** {@code Chapter 7: Homecoming}, {@code PART TWO}: a chapter or part number, with or without a title. */
    static Optional<Match> chapterLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || "cCpP".indexOf(s.charAt(0)) < 0) {
            return Optional.empty();
        }
        Matcher m = CHAPTER.matcher(s);
        if (!m.matches() || Sentences.endsSentence(s) || Sentences.words(s) > CAPS_MAX_WORDS) {
            return Optional.empty();
        }
        String title = m.group(2).strip();
        if (!title.isEmpty() && !Sentences.isTitleLike(title)) {
            return Optional.empty();
        }
        return Optional.of(new Match(1, s, "chapter number line", "chapter-line"));
    }

    /** {@code II. Product Breakthrough}, {@code 3. Method}, {@code 2.1 Results}: a numbered title. */
    static Optional<Match> numberedSection(String line) {
        String s = line.strip();
        if (s.length() > TITLE_MAX_CHARS || s.isEmpty() || !startsNumber(s.charAt(0))) {
            return Optional.empty();
        }
        Matcher m = NUMBERED.matcher(s);
        if (!m.matches() || !Sentences.isTitleLike(m.group(2)) || s.length() > TITLE_MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new Match(3, s, "line numbered '" + m.group(1) + "'", "numbered-section"));
    }

    /** {@code THE LONG WINTER}: a short line in capitals without sentence punctuation. */
    static Optional<Match> allCaps(String line) {
        String s = line.strip();
        if (s.length() > TITLE_MAX_CHARS || !inCapitals(s) || Sentences.endsSentence(s) || Sentences.isDialogue(s)
                || Sentences.words(s) > CAPS_MAX_WORDS || s.length() > TITLE_MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(new Match(2, s, "line in capitals", "all-caps"));
    }

    /** {@code How to Improve Work Efficiency}: a short line in title case without sentence punctuation. */
    static Optional<Match> titleLine(String line) {
        String s = line.strip();
        if (s.length() > TITLE_MAX_CHARS || !Sentences.isTitleLike(s) || !Sentences.isTitleCase(s)) {
            return Optional.empty();
        }
        return Optional.of(new Match(3, s, "short title-like line", "title-line"));
    }

    /** Whether a line this long may be a title at all: longer lines are sentences whatever their case. */
    static boolean fitsTitle(String line) {
        return line.strip().length() <= TITLE_MAX_CHARS;
    }

    /** Whether {@code s} has at least three letters and no letter that is not a capital; stops at the first. */
    private static boolean inCapitals(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= CAPS_MIN_LETTERS;
    }

    /** Whether {@code c} may open a section number: a digit or a Roman numeral's letter. */
    private static boolean startsNumber(char c) {
        return c >= '0' && c <= '9' || "IVXLCDM".indexOf(c) >= 0;
    }

    /** Whether an underline was drawn to the length of its line, give or take a character or two. */
    private static boolean matchesLength(String line, String underline) {
        return Math.abs(line.length() - underline.length()) <= UNDERLINE_SLACK;
    }

    /** True when {@code line} is a row of at least three {@code =} or {@code -}. */
    static boolean isUnderline(String line) {
        String s = line.strip();
        return !s.isEmpty() && (s.charAt(0) == '=' || s.charAt(0) == '-') && UNDERLINE.matcher(s).matches();
    }

    /**
     * A line over a row of {@code ===} (level 1) or {@code ---} (level 2). A line that ends a sentence is a heading
     * only when its underline is cut to its length ({@code What is Debian?} over fifteen {@code =}): a short
     * {@code ---} under a sentence is a scene break.
     */
    static Optional<Match> underlined(String line, String next) {
        String s = line.strip();
        if (s.isEmpty() || !isUnderline(next) || ListItem.parse(s).isPresent() || SceneBreaks.isSceneBreak(s)
                || (Sentences.endsSentence(s) || Sentences.isDialogue(s)) && !matchesLength(s, next.strip())) {
            return Optional.empty();
        }
        boolean equals = next.strip().startsWith("=");
        return Optional.of(new Match(equals ? 1 : 2, s, "line underlined with '" + (equals ? "===" : "---") + "'",
                equals ? "equals-underline" : "dash-underline"));
    }
}
