package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Reads plain text into blocks. Paragraph style is detected per file: a file with any line longer than
 * {@value #HARD_WRAP_LIMIT} characters was not hard-wrapped, so each line is a paragraph; otherwise lines are joined
 * until a blank line. Headings (a stray trailing {@code #}, {@code #} prefixes, {@code ===}/{@code ---} underlines),
 * lists, quotes and scene breaks are recognized line by line.
 */
public final class PlainTextReader {

    /** Hard-wrapped text is set at 60 to 80 columns; nobody wraps by hand beyond this. */
    static final int HARD_WRAP_LIMIT = 100;

    private static final Pattern TRAILING_HASH = Pattern.compile("^(?!#)(.*\\S)\\s*#+\\s*$");
    private static final Pattern ATX = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SCENE_BREAK = Pattern.compile("^\\s*(\\*\\s*\\*\\s*\\*[\\s*]*|-{3,}|#|_{3,})\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*•]|(\\d{1,3})[.)])\\s+(.*)$");
    private static final Pattern UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");

    /** The blocks of {@code body}; {@code firstLine} is the body's line number in {@code file}. */
    public List<Block> read(String body, String file, int firstLine, Diagnostics diagnostics) {
        List<Line> lines = Line.split(body, firstLine);
        boolean linePerParagraph = lines.stream().anyMatch(l -> l.text().length() > HARD_WRAP_LIMIT);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            SourcePosition at = new SourcePosition(file, line.number());
            String text = line.text().strip();
            if (text.isEmpty()) {
                i++;
            } else if (i + 1 < lines.size() && isUnderline(lines.get(i + 1).text())
                    && !text.startsWith("-") && !SCENE_BREAK.matcher(text).matches()) {
                int level = lines.get(i + 1).text().strip().startsWith("=") ? 1 : 2;
                blocks.add(heading(level, text, at));
                i += 2;
            } else if (SCENE_BREAK.matcher(text).matches()) {
                blocks.add(new Block.SceneBreak(at));
                i++;
            } else if (TRAILING_HASH.matcher(text).matches()) {
                Matcher m = TRAILING_HASH.matcher(text);
                m.matches();
                blocks.add(heading(2, m.group(1), at));
                diagnostics.decided(at, "line ending in '#'", "heading", "trailing-hash");
                i++;
            } else if (ATX.matcher(text).matches()) {
                Matcher m = ATX.matcher(text);
                m.matches();
                blocks.add(heading(m.group(1).length(), m.group(2), at));
                i++;
            } else if (LIST_ITEM.matcher(text).matches()) {
                i = readList(lines, i, file, blocks);
            } else if (text.startsWith(">")) {
                i = readQuote(lines, i, file, blocks);
            } else {
                int end = linePerParagraph ? i + 1 : paragraphEnd(lines, i);
                blocks.add(paragraph(lines.subList(i, end), at));
                i = end;
            }
        }
        return blocks;
    }

    private static boolean isUnderline(String text) {
        return UNDERLINE.matcher(text.strip()).matches() && text.strip().length() >= 2;
    }

    private static int paragraphEnd(List<Line> lines, int start) {
        int end = start + 1;
        while (end < lines.size()) {
            String text = lines.get(end).text().strip();
            if (text.isEmpty() || LIST_ITEM.matcher(text).matches() || text.startsWith(">")
                    || TRAILING_HASH.matcher(text).matches()
                    || (end + 1 < lines.size() && isUnderline(lines.get(end + 1).text()))) {
                break;
            }
            end++;
        }
        return end;
    }

    private static int readList(List<Line> lines, int start, String file, List<Block> blocks) {
        Matcher first = LIST_ITEM.matcher(lines.get(start).text().strip());
        first.matches();
        boolean ordered = first.group(2) != null;
        int number = ordered ? Integer.parseInt(first.group(2)) : 1;
        List<List<Block>> items = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            Matcher m = LIST_ITEM.matcher(lines.get(i).text().strip());
            if (!m.matches() || (m.group(2) != null) != ordered) {
                break;
            }
            SourcePosition at = new SourcePosition(file, lines.get(i).number());
            items.add(List.of(new Block.Paragraph(inlines(m.group(3)), at)));
            i++;
        }
        blocks.add(new Block.ListBlock(ordered, number, items, new SourcePosition(file, lines.get(start).number())));
        return i;
    }

    private static int readQuote(List<Line> lines, int start, String file, List<Block> blocks) {
        List<Block> quoted = new ArrayList<>();
        int i = start;
        while (i < lines.size() && lines.get(i).text().strip().startsWith(">")) {
            String text = lines.get(i).text().strip().substring(1).strip();
            if (!text.isEmpty()) {
                quoted.add(new Block.Paragraph(inlines(text), new SourcePosition(file, lines.get(i).number())));
            }
            i++;
        }
        blocks.add(new Block.BlockQuote(quoted, new SourcePosition(file, lines.get(start).number())));
        return i;
    }

    private static Block.Heading heading(int level, String text, SourcePosition at) {
        return new Block.Heading(level, inlines(text.strip()), "", at);
    }

    private static Block.Paragraph paragraph(List<Line> lines, SourcePosition at) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(line.text().strip());
        }
        return new Block.Paragraph(inlines(text.toString()), at);
    }

    private static List<Inline> inlines(String text) {
        return List.of(new Inline.Text(text));
    }

    /** A line of the body with its 1-based number in the file. */
    record Line(String text, int number) {
        static List<Line> split(String body, int firstLine) {
            String[] parts = body.split("\n", -1);
            List<Line> out = new ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                out.add(new Line(parts[i], firstLine + i));
            }
            return out;
        }
    }
}
