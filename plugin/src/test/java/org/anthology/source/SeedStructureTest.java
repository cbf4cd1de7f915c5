package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.junit.jupiter.api.Test;

/** Reads the book's plain-text seeds and checks the structure the rules recover from them. */
class SeedStructureTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    private final Diagnostics diagnostics = new Diagnostics();

    private List<String> lines(String name) throws IOException {
        return Files.readAllLines(SEEDS.resolve(name), StandardCharsets.UTF_8);
    }

    private List<Block> read(String name) throws IOException {
        String text = Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
        return new PlainTextReader().read(text, "seeds/" + name, 1, diagnostics);
    }

    @Test
    void turnsEveryLineEndingInHashOfSeed000IntoAHeadingAndPromotesNoParagraph() throws IOException {
        String name = "000_9afefc053d5ace72.txt";
        List<String> source = lines(name);
        List<Block> blocks = read(name);
        Map<Integer, Block.Heading> headings = new TreeMap<>();
        blocks.stream().filter(b -> b instanceof Block.Heading).map(Block.Heading.class::cast)
                .forEach(h -> headings.put(h.position().line(), h));
        List<Integer> hashLines = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).strip().endsWith("#")) {
                hashLines.add(i + 1);
                Block.Heading heading = headings.get(i + 1);
                assertEquals(source.get(i).strip().replaceFirst("#+$", ""), heading.text(), "line " + (i + 1));
            }
        }
        List<Integer> others = headings.keySet().stream().filter(l -> !hashLines.contains(l)).toList();
        assertEquals(List.of(203), others, "only the title line above the list of advice is promoted");
        assertEquals("OpenAI CEO: How to Improve Work Efficiency", headings.get(203).text());
        assertTrue(diagnostics.decisions().stream().anyMatch(d -> d.position().line() == 203
                && d.rule().equals("title-line")));
    }

    @Test
    void groupsTheDashRunsOfSeed000IntoLists() throws IOException {
        String name = "000_9afefc053d5ace72.txt";
        List<String> source = lines(name);
        List<Block.ListBlock> lists = read(name).stream().filter(b -> b instanceof Block.ListBlock)
                .map(Block.ListBlock.class::cast).toList();
        List<Integer> runStarts = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).startsWith("- ") && (i == 0 || !source.get(i - 1).startsWith("- "))) {
                runStarts.add(i + 1);
            }
        }
        assertEquals(runStarts, lists.stream().map(l -> l.position().line()).toList());
        assertEquals(14, lists.stream().filter(l -> l.position().line() == 204).findFirst().orElseThrow()
                .items().size());
        assertTrue(lists.stream().noneMatch(Block.ListBlock::ordered));
    }

    @Test
    void readsSeed003AsOneParagraphPerLine() throws IOException {
        String name = "003_c0b78c705e239180.txt";
        long nonBlank = lines(name).stream().filter(l -> !l.isBlank()).count();
        List<Block> blocks = read(name);
        assertEquals(nonBlank, blocks.size());
        assertTrue(blocks.stream().allMatch(b -> b instanceof Block.Paragraph));
        assertEquals("one paragraph per line", diagnostics.decisions().get(0).became());
    }
}
