package org.anthology.source;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Reads CommonMark with GitHub's extensions (tables, strikethrough, bare URLs as links) and footnotes through
 * flexmark-java into blocks. flexmark's AST stays inside this package: only model records come out.
 */
public final class MarkdownReader {

    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    private static final HtmlReader HTML = new HtmlReader();

    /**
     * The parser, built when a build first reads Markdown: flexmark's classes and a parser take a tenth of a second
     * or more to load and build, which a book of plain text, HTML or Word files never needs.
     */
    private static final class WithBareLinks {
        static final Parser PARSER = parser(true);
    }

    /** The same parser without bare-URL links, for a text that holds no bare link: that pass is a third of a parse. */
    private static final class WithoutBareLinks {
        static final Parser PARSER = parser(false);
    }

    /** A reader with the extensions the book supports. */
    public MarkdownReader() {
    }

    /** Builds the parser most texts are read with, the one without bare-URL links, if no read has yet. */
    static void prepare() {
        if (WithoutBareLinks.PARSER == null) {
            throw new IllegalStateException("no Markdown parser");
        }
    }

    private static Parser parser(boolean bareLinks) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, bareLinks ? List.of(MarkdownTables.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()) : List.of(MarkdownTables.create(),
                FootnoteExtension.create(), StrikethroughExtension.create()));
        // CommonMark lets a destination in angle brackets hold spaces, as in ![a picture](<my picture.png>).
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        return Parser.builder(options).build();
    }

    /** The blocks of {@code body}; {@code firstLine} is the body's line number in {@code file}. */
    public List<Block> read(String body, String file, int firstLine, Diagnostics diagnostics) {
        return read(body, file, firstLine, Path.of("."), diagnostics);
    }

    /** As {@link #read(String, String, int, Diagnostics)}, resolving image paths against {@code directory}. */
    public List<Block> read(String body, String file, int firstLine, Path directory, Diagnostics diagnostics) {
        String text = MarkdownComments.strip(body, file, firstLine, diagnostics);
        Parser chosen = BareLinks.mayHold(text) ? WithBareLinks.PARSER : WithoutBareLinks.PARSER;
        return new Converter(chosen, file, firstLine, new LineIndex(text), directory, new Images(directory,
                diagnostics), diagnostics).blocks(chosen.parse(text));
    }

    /**
     * Turns flexmark block nodes into model blocks, keeping each node's line. The lines come from our own index:
     * flexmark's, even with its line tracking on, scans the lines from the first for every node it is asked about.
     */
    private record Converter(Parser parser, String file, int firstLine, LineIndex lines, Path directory, Images images,
                             Diagnostics diagnostics) {

        List<Block> blocks(Node parent) {
            List<Block> out = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                block(node, out);
            }
            return out;
        }

        private void block(Node node, List<Block> out) {
            SourcePosition at = position(node);
            InlineConverter inlines = new InlineConverter(at, images, diagnostics);
            if (node instanceof Heading heading) {
                out.add(new Block.Heading(heading.getLevel(), inlines.convert(heading), "", at));
            } else if (node instanceof Paragraph) {
                out.add(paragraph(node, inlines, at));
            } else if (node instanceof BlockQuote) {
                out.add(new Block.BlockQuote(blocks(node), at));
            } else if (node instanceof BulletList) {
                out.add(new Block.ListBlock(false, 1, items(node), at));
            } else if (node instanceof OrderedList list) {
                out.add(new Block.ListBlock(true, list.getStartNumber(), items(node), at));
            } else if (node instanceof FencedCodeBlock code) {
                out.add(new Block.CodeBlock(code.getInfo().toString().strip(), trimEnd(code.getContentChars()
                        .toString()), at));
            } else if (node instanceof IndentedCodeBlock code) {
                out.add(new Block.CodeBlock("", trimEnd(code.getContentChars().toString()), at));
            } else if (node instanceof ThematicBreak) {
                out.add(new Block.SceneBreak(at));
            } else if (node instanceof HtmlCommentBlock) {
                return;
            } else if (node instanceof HtmlBlock) {
                out.addAll(HTML.blocks(node.getChars().toString(), at, directory, diagnostics));
            } else if (node instanceof FootnoteBlock note) {
                out.add(new Block.Note(note.getText().toString(), "", blocks(note), at));
            } else if (node instanceof TableBlock table) {
                out.addAll(TableReader.read(table, new InlineConverter(at, images, diagnostics)));
            } else if (node.hasChildren()) {
                // Other container extensions: keep their blocks rather than lose the text.
                out.addAll(blocks(node));
            }
        }

        /**
         * A paragraph; with inline HTML, read whole by the HTML reader so tags wrap their text; written as
         * {@code | } lines (Pandoc's line blocks), a line block.
         */
        private Block paragraph(Node node, InlineConverter inlines, SourcePosition at) {
            if (MarkdownLineBlocks.isLineBlock(node)) {
                return MarkdownLineBlocks.read(node, parser, inlines, at);
            }
            if (MarkdownInlineHtml.holdsHtml(node)) {
                List<Inline> content = HTML.inlines(MarkdownInlineHtml.html(node), at, directory, diagnostics);
                return HtmlVerse.paragraphOrLines(content, false, at) instanceof Block.LineBlock lines
                        && hasBrTag(node) ? lines : new Block.Paragraph(content, at);
            }
            return new Block.Paragraph(inlines.convert(node), at);
        }

        private static boolean hasBrTag(Node paragraph) {
            return BR.matcher(paragraph.getChars()).find();
        }

        private List<List<Block>> items(Node list) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(blocks(item));
                }
            }
            return items;
        }

        private SourcePosition position(Node node) {
            return new SourcePosition(file, firstLine + lines.line(node.getStartOffset()));
        }

        private static String trimEnd(String code) {
            return code.stripTrailing();
        }
    }
}
