package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.anthology.model.Inline;
import org.anthology.model.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random paragraphs (fixed seed) in every quote style: normalizing twice gives what normalizing once gives, letters
 * and digits are never added or removed, and no straight quote, {@code --} or {@code ...} is left in prose.
 */
class TypographyPropertyTest {

    private static final String ALPHABET = "aZtsné5 0  \"\"''''--...-. . \t\n\u00A0\u202F\u200B\u0007"
            + "!?:;«»“”‘’„()—–[]中文，。＂「」Дж";
    private static final int CASES = 3000;

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-british", "de", "fr", "zh", "ja"})
    void normalizingTwiceEqualsNormalizingOnce(String language) {
        Random random = new Random(20261101L + language.hashCode());
        TypographyNormalizer normalizer = normalizer(language, random.nextBoolean());
        for (int n = 0; n < CASES; n++) {
            Anthology book = book(language, randomInlines(random));
            Anthology once = normalizer.apply(book, new Diagnostics());
            assertEquals(once, normalizer.apply(once, new Diagnostics()), () -> "input: " + book);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-british", "de", "fr", "zh", "ja"})
    void neverAddsOrRemovesLettersOrDigits(String language) {
        Random random = new Random(7L + language.hashCode());
        TypographyNormalizer normalizer = normalizer(language, true);
        for (int n = 0; n < CASES; n++) {
            List<Inline> inlines = randomInlines(random);
            List<Inline> out = paragraph(normalizer.apply(book(language, inlines), new Diagnostics()));
            assertEquals(lettersAndDigits(Inline.plainText(inlines)), lettersAndDigits(Inline.plainText(out)),
                    () -> "input: " + inlines);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-british", "de", "fr", "zh", "ja"})
    void leavesNoStraightQuotesDoubleHyphensOrThreeDots(String language) {
        Random random = new Random(11L + language.hashCode());
        TypographyNormalizer normalizer = normalizer(language, false);
        for (int n = 0; n < CASES; n++) {
            List<Inline> inlines = randomInlines(random);
            String prose = prose(paragraph(normalizer.apply(book(language, inlines), new Diagnostics())));
            for (String banned : List.of("\"", "'", "--", "...")) {
                assertFalse(prose.contains(banned), () -> banned + " left in " + prose + " from " + inlines);
            }
        }
    }

    private static TypographyNormalizer normalizer(String language, boolean withSettings) {
        return new TypographyNormalizer(new TypographyNormalizer.Options(language.endsWith("british"), withSettings,
                withSettings));
    }

    private static Anthology book(String language, List<Inline> inlines) {
        String tag = language.replace("-british", "");
        Chapter chapter = new Chapter("ch01", "T", Optional.empty(), Optional.empty(),
                List.of(new Block.Paragraph(inlines, Fixtures.at("p.txt", 1))), Fixtures.at("p.txt", 1));
        Metadata metadata = new Metadata("B", Optional.empty(), List.of(), tag, "urn:x:1",
                java.time.Instant.EPOCH, Optional.empty(), Optional.empty(), Optional.empty());
        return new Anthology(metadata, List.of(chapter));
    }

    private static List<Inline> paragraph(Anthology book) {
        return ((Block.Paragraph) book.chapters().get(0).blocks().get(0)).content();
    }

    /** Text runs, sometimes wrapped in emphasis, with code spans and line breaks between them. */
    private static List<Inline> randomInlines(Random random) {
        List<Inline> out = new ArrayList<>();
        int pieces = 1 + random.nextInt(4);
        for (int p = 0; p < pieces; p++) {
            switch (random.nextInt(6)) {
                case 0 -> out.add(new Inline.Code("it's -- \"x\"..."));
                case 1 -> out.add(new Inline.LineBreak());
                case 2 -> out.add(new Inline.Emphasis(List.of(new Inline.Text(randomText(random)))));
                default -> out.add(new Inline.Text(randomText(random)));
            }
        }
        return out;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(16);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String lettersAndDigits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The prose of a paragraph: its text runs joined, a code span standing in as one letter. */
    private static String prose(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text text) {
                out.append(text.text());
            } else if (inline instanceof Inline.Emphasis emphasis) {
                out.append(prose(emphasis.content()));
            } else {
                out.append(inline instanceof Inline.Code ? "x" : " ");
            }
        }
        return out.toString();
    }
}
