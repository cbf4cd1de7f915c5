package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A rule that {@link RuleWork} leaves out would have changed nothing: random texts, fixed seed, every rule. */
class RuleWorkTest {

    private static final String ALPHABET = "aZtsn5 0    \"'--...-. . \t\n\u00A0\u202F\u2007\u200B\u0007\u0085"
            + "\u2028!?:;«»“”‘’—–,()中";

    @Test
    void aRuleLeftOutHasNothingToChange() {
        Random random = new Random(20261202L);
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            int work = RuleWork.of(text);
            unchangedUnless(work, RuleWork.CHARACTERS, text, runs -> CharacterCleaner.apply(runs, new Tally()));
            unchangedUnless(work, RuleWork.SPACES, text, runs -> WhitespaceCleaner.apply(runs, new Tally()));
            unchangedUnless(work, RuleWork.DASHES, text, runs -> DashesAndEllipses.dashes(runs, false, new Tally()));
            unchangedUnless(work, RuleWork.ELLIPSES, text, runs -> DashesAndEllipses.ellipses(runs, new Tally()));
            unchangedUnless(work, RuleWork.QUOTES, text,
                    runs -> SmartQuotes.apply(runs, QuoteStyle.ENGLISH, new Tally()));
            unchangedUnless(work, RuleWork.FRENCH | RuleWork.QUOTES, text,
                    runs -> FrenchSpacing.apply(runs, new Tally()));
        }
    }

    @Test
    void findsEachRuleAtItsMark() {
        assertEquals(0, RuleWork.of("A plain sentence, with a space between words."));
        assertEquals(RuleWork.SPACES, RuleWork.of("two  spaces"));
        assertEquals(RuleWork.SPACES, RuleWork.of(" leading"));
        assertEquals(RuleWork.SPACES, RuleWork.of("trailing "));
        assertEquals(RuleWork.SPACES, RuleWork.of("a\u00A0 b"));
        assertEquals(RuleWork.DASHES, RuleWork.of("this--that"));
        assertEquals(RuleWork.ELLIPSES, RuleWork.of("and so on..."));
        assertEquals(RuleWork.ELLIPSES, RuleWork.of("and so on. . ."));
        assertEquals(RuleWork.QUOTES, RuleWork.of("it's"));
        assertEquals(RuleWork.FRENCH, RuleWork.of("Quoi?"));
        assertEquals(RuleWork.CHARACTERS, RuleWork.of("zero\u200Bwidth"));
        // Marks that their neighbours make: dots apart, a lone hyphen and single spaces are no work.
        assertEquals(0, RuleWork.of("e.g. a list, a.b.c and a - b"));
        assertEquals(RuleWork.DASHES, RuleWork.of("--then"));
        assertEquals(RuleWork.ELLIPSES, RuleWork.of("...then"));
        assertEquals(RuleWork.SPACES, RuleWork.of(" "));
        assertEquals(RuleWork.SPACES, RuleWork.of("a\u2028b"));
        assertEquals(RuleWork.SPACES | RuleWork.DASHES | RuleWork.QUOTES, RuleWork.of("\"so\"  -- no"));
        assertEquals(0, RuleWork.of(""));
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static void unchangedUnless(int work, int rules, String text, UnaryOperator<TextRuns> rule) {
        if ((work & rules) == 0) {
            assertEquals(text, rule.apply(TextRuns.of(text)).flat(), () -> "'" + text + "' " + work);
        }
    }
}
