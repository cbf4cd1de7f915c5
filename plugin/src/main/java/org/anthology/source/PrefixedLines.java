package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Reads a run of prefixed plain-text lines into one block: lines starting with the same list marker into a list,
 * lines starting with {@code >} into a quote.
 */
final class PrefixedLines {

    private final List<TextLine> lines;
    private final String file;
    private final ParagraphStyle style;
    private final Diagnostics diagnostics;

    PrefixedLines(List<TextLine> lines, String file, ParagraphStyle style, Diagnostics diagnostics) {
        this.lines = lines;
        this.file = file;
        this.style = style;
        this.diagnostics = diagnostics;
    }

    /**
     * Adds the list starting at line {@code start} to {@code out}; returns the index of the line after it. An
     * indented line continues the item above it; a bulleted list may have blank lines between its items.
     */
    int list(int start, List<Block> out) {
        ListItem head = ListItem.parse(lines.get(start).text()).orElseThrow();
        ListItem.Marker marker = head.marker();
        List<StringBuilder> texts = new ArrayList<>();
        List<SourcePosition> positions = new ArrayList<>();
        int first = head.number();
        int i = start;
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            Optional<ListItem> item = ListItem.parse(line.text()).filter(it -> it.marker() == marker);
            if (item.isPresent()) {
                texts.add(new StringBuilder(item.get().text().strip()));
                positions.add(at(i));
            } else if (line.isIndented() && ParagraphStyleDetector.isProse(line)) {
                texts.get(texts.size() - 1).append(' ').append(line.stripped());
            } else if (!(line.isBlank() && !marker.ordered() && style != ParagraphStyle.LINE && i + 1 < lines.size()
                    && ListItem.parse(lines.get(i + 1).text()).filter(it -> it.marker() == marker).isPresent())) {
                break;
            }
            i++;
        }
        List<List<Block>> items = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            items.add(List.of(new Block.Paragraph(PlainTextReader.inlines(texts.get(k).toString()),
                    positions.get(k))));
        }
        out.add(new Block.ListBlock(marker.ordered(), first, items, at(start)));
        diagnostics.decided(at(start), marker.describe(items.size()),
                marker.ordered() ? "ordered list" : "bullet list", marker.rule());
        return i;
    }

    /**
     * Adds the quote starting at line {@code start} to {@code out}; returns the index of the line after it. Inside
     * the quote the file's paragraph style holds: a line per paragraph, or paragraphs between bare {@code >} lines.
     */
    int quote(int start, List<Block> out) {
        List<Block> quoted = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int textStart = start;
        int i = start;
        while (i < lines.size() && lines.get(i).stripped().startsWith(">")) {
            String inner = lines.get(i).stripped().substring(1).strip();
            if (inner.isEmpty() || style == ParagraphStyle.LINE) {
                addParagraph(quoted, text, textStart);
            }
            if (!inner.isEmpty()) {
                if (text.length() == 0) {
                    textStart = i;
                } else {
                    text.append(' ');
                }
                text.append(inner);
            }
            i++;
        }
        addParagraph(quoted, text, textStart);
        out.add(new Block.BlockQuote(quoted, at(start)));
        int count = i - start;
        diagnostics.decided(at(start), count + (count == 1 ? " line" : " lines") + " starting with '>'",
                "block quote", "quote-prefix");
        return i;
    }

    private void addParagraph(List<Block> quoted, StringBuilder text, int textStart) {
        if (text.length() > 0) {
            quoted.add(new Block.Paragraph(PlainTextReader.inlines(text.toString()), at(textStart)));
            text.setLength(0);
        }
    }

    private SourcePosition at(int i) {
        return new SourcePosition(file, lines.get(i).number());
    }
}
