package org.anthology.source;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Block;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Pandoc's line blocks in Markdown: a paragraph whose every line starts with {@code | } keeps its lines, for verse
 * and addresses; a bar alone is an empty line, which is dropped.
 */
final class MarkdownLineBlocks {

    private MarkdownLineBlocks() {
    }

    /** True when every line of the paragraph starts with a bar. */
    static boolean isLineBlock(Node paragraph) {
        // The first line must start with the bar: most paragraphs are answered without copying their text.
        if (paragraph.getChars().isEmpty() || paragraph.getChars().charAt(0) != '|') {
            return false;
        }
        List<String> lines = paragraph.getChars().toString().stripTrailing().lines().toList();
        return !lines.isEmpty() && lines.stream().allMatch(l -> l.equals("|") || l.startsWith("| "));
    }

    /** The line block; each line's Markdown is read on its own by {@code parser}. */
    static Block read(Node paragraph, Parser parser, InlineConverter inlines, SourcePosition at) {
        List<List<Inline>> lines = new ArrayList<>();
        for (String line : paragraph.getChars().toString().stripTrailing().lines().toList()) {
            List<Inline> content = inlinesOf(line.substring(1).strip(), parser, inlines);
            if (!content.isEmpty()) {
                lines.add(content);
            }
        }
        return lines.isEmpty() ? new Block.Paragraph(List.of(), at) : new Block.LineBlock(lines, at);
    }

    private static List<Inline> inlinesOf(String markdown, Parser parser, InlineConverter inlines) {
        if (markdown.isEmpty()) {
            return List.of();
        }
        Node first = parser.parse(markdown).getFirstChild();
        return first instanceof Paragraph ? inlines.convert(first) : List.of(new Inline.Text(markdown));
    }
}
