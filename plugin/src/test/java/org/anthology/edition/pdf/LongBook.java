package org.anthology.edition.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Metadata;
import org.anthology.model.SourcePosition;

/**
 * A book long enough to paginate: chapters of different lengths (so some end on a right-hand page and need a blank
 * page after them), sections every few paragraphs, and running text with long words that must be hyphenated to set
 * well justified on a narrow page. The text is drawn from a seeded generator, so it is the same on every run.
 */
final class LongBook {

    static final String TITLE = "Long Measures";
    private static final String[] WORDS = {"the", "of", "and", "a", "to", "in", "networks", "communication",
        "infrastructure", "responsibility", "international", "telecommunications", "manufacturers", "development",
        "competitive", "organization", "entrepreneurship", "government", "investment", "technological",
        "characteristically", "understanding", "everything", "company", "people", "platform", "market", "was",
        "were", "with", "for", "their", "operators", "experimentation", "administration", "recommendation"};

    private LongBook() {
    }

    static Anthology book() {
        Random random = new Random(42);
        List<Chapter> chapters = new ArrayList<>();
        int[] paragraphs = {9, 16, 4, 23, 12};
        for (int c = 0; c < paragraphs.length; c++) {
            String file = "seeds/long-" + (c + 1) + ".md";
            List<Block> blocks = new ArrayList<>();
            for (int p = 0; p < paragraphs[c]; p++) {
                if (p > 0 && p % 4 == 0) {
                    blocks.add(new Block.Heading(2, List.of(new Inline.Text("Section " + (c + 1) + "." + p)),
                            "long" + (c + 1) + "-s" + p, new SourcePosition(file, 10 * p + 1)));
                }
                blocks.add(new Block.Paragraph(List.of(new Inline.Text(sentences(random, 3 + p % 5))),
                        new SourcePosition(file, 10 * p + 3)));
            }
            chapters.add(new Chapter("long" + (c + 1), "Chapter Number " + (c + 1),
                    Optional.of("Author " + (char) ('A' + c)), Optional.empty(), blocks, new SourcePosition(file, 1)));
        }
        Metadata metadata = new Metadata(TITLE, Optional.empty(), List.of("Ed Itor"), "en",
                "urn:uuid:0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", Instant.parse("2026-11-01T00:00:00Z"),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Anthology(metadata, chapters);
    }

    static String sentences(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < count; s++) {
            int words = 12 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                out.append(w == words - 1 ? ". " : " ");
            }
        }
        return out.toString().strip();
    }
}
