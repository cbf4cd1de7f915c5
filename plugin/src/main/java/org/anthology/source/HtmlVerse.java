package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Recognises verse in HTML: a paragraph of short lines separated by {@code <br>}, or any container marked as verse
 * by its class ({@code poem}, {@code verse}, {@code stanza}, {@code line-block}) or EPUB semantics. Such text
 * becomes {@link Block.LineBlock}s, one per stanza, so its line breaks survive both editions.
 */
final class HtmlVerse {

    /** Longer lines than this read as prose with a hard break, not as verse. */
    static final int LONGEST_VERSE_LINE = 70;

    /** Parsed once, not again for every element it is tried on. */
    private static final Evaluator MARKED = QueryParser.parse(".poem, .verse, .poetry, .stanza, .line-block, "
            + ".lineblock, [epub:type~=(verse|poem)]");

    private HtmlVerse() {
    }

    /** True when {@code element} says it is verse. */
    static boolean isMarkedVerse(Element element) {
        return element.is(MARKED);
    }

    /** A line block when the content is marked verse or two or more short lines, otherwise a paragraph. */
    static Block paragraphOrLines(List<Inline> content, boolean marked, SourcePosition at) {
        List<List<Inline>> lines = lines(content);
        boolean verse = lines.size() >= 2 && lines.stream()
                .allMatch(line -> Inline.plainText(line).strip().length() <= LONGEST_VERSE_LINE);
        return marked || verse ? new Block.LineBlock(lines, at) : new Block.Paragraph(content, at);
    }

    /** The blocks of a verse container, each paragraph a stanza. */
    static List<Block> stanzas(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            out.add(block instanceof Block.Paragraph p ? new Block.LineBlock(lines(p.content()), p.position()) : block);
        }
        return out;
    }

    /** {@code content} cut at its line breaks; empty lines are dropped. */
    static List<List<Inline>> lines(List<Inline> content) {
        List<List<Inline>> lines = new ArrayList<>();
        List<Inline> line = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Inline.LineBreak) {
                addLine(line, lines);
                line = new ArrayList<>();
            } else {
                line.add(inline);
            }
        }
        addLine(line, lines);
        if (lines.isEmpty()) {
            lines.add(List.of());
        }
        return lines;
    }

    private static void addLine(List<Inline> line, List<List<Inline>> lines) {
        List<Inline> trimmed = HtmlWhitespace.trim(line);
        if (!trimmed.isEmpty()) {
            lines.add(trimmed);
        }
    }
}
