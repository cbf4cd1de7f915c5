package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Metadata;
import org.anthology.model.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * No paragraph leaves its first line alone at a page's foot (an orphan) or its last line alone at a page's head (a
 * widow), read back with PDFBox. Every word of paragraph n ends in n, so each line read back names its paragraph;
 * the paragraphs run from two to six lines, so without the control some page breaks would leave a line alone.
 */
class PdfWidowsTest {

    private static final PdfTheme THEME = PdfTheme.defaults();
    private static final Pattern WORD = Pattern.compile("\\b[a-z]+(\\d+)\\b");
    private static final String[] SYLLABLES = {"pa", "pe", "pi", "po", "pu", "ma", "me", "tor", "ka"};

    @Test
    void leavesNoParagraphsFirstOrLastLineAloneOnAPage() throws IOException {
        int splits = 0;
        try (PdfReadBack read = PdfReadBack.of(PdfBytes.of(book(), THEME))) {
            Map<Integer, List<Integer>> linesPerPage = new LinkedHashMap<>();
            for (int page = 1; page <= read.pageCount(); page++) {
                for (PdfReadBack.Line line : read.lines(page)) {
                    Matcher word = WORD.matcher(line.text());
                    if (Math.abs(line.size() - THEME.bodySize()) < 0.3f && word.find()) {
                        linesPerPage.computeIfAbsent(Integer.parseInt(word.group(1)), p -> new ArrayList<>())
                                .add(page);
                    }
                }
            }
            for (Map.Entry<Integer, List<Integer>> paragraph : linesPerPage.entrySet()) {
                List<Integer> pages = paragraph.getValue();
                int first = pages.get(0);
                int onFirst = (int) pages.stream().filter(p -> p == first).count();
                if (onFirst == pages.size()) {
                    continue;
                }
                splits++;
                int onLast = pages.size() - (int) pages.stream().filter(p -> p < pages.get(pages.size() - 1)).count();
                assertTrue(onFirst >= 2, "paragraph " + paragraph.getKey() + " leaves its first line alone on page "
                        + first);
                assertTrue(onLast >= 2, "paragraph " + paragraph.getKey() + " leaves its last line alone on page "
                        + pages.get(pages.size() - 1));
            }
        }
        assertTrue(splits >= 8, "only " + splits + " paragraphs run over a page break");
    }

    private static Anthology book() {
        Random random = new Random(5);
        String file = "seeds/widows.md";
        List<Block> blocks = new ArrayList<>();
        for (int p = 1; p <= 120; p++) {
            StringBuilder text = new StringBuilder();
            int words = 24 + random.nextInt(70);
            for (int w = 0; w < words; w++) {
                String syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
                text.append(syllable.repeat(1 + random.nextInt(3))).append(p).append(w == words - 1 ? "" : " ");
            }
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(text.toString())), new SourcePosition(file, p)));
        }
        Chapter chapter = new Chapter("widows", "Widows and Orphans", Optional.of("Author W"), Optional.empty(),
                blocks, new SourcePosition(file, 1));
        Metadata metadata = new Metadata("Page Breaks", Optional.empty(), List.of("Ed Itor"), "en",
                "urn:uuid:3a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", Instant.parse("2026-11-01T00:00:00Z"),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Anthology(metadata, List.of(chapter));
    }
}
