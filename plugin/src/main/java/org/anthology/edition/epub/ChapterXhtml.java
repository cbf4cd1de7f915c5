package org.anthology.edition.epub;

import java.io.OutputStream;
import java.util.List;
import org.anthology.model.Attributes;
import org.anthology.model.Block;
import org.anthology.model.BlockFailure;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Part;
import org.anthology.model.Wording;

/**
 * Renders one chapter as an XHTML content document, writing each block to the output as it is visited: the title as
 * {@code h1} (with the chapter id as its anchor), the author under it, then the body blocks and their inlines.
 */
final class ChapterXhtml implements Block.Visitor<Void>, Inline.Visitor<Void> {

    private final Xml xml;
    private final InternalLinks links;
    private final Wording wording;
    private final java.util.Set<String> referenced = new java.util.HashSet<>();

    private ChapterXhtml(Xml xml, InternalLinks links, Wording wording) {
        this.xml = xml;
        this.links = links;
        this.wording = wording;
    }

    /** The file name of a chapter inside the package; chapter ids are XML names, so they are safe file names. */
    static String fileName(String chapterId) {
        return chapterId + ".xhtml";
    }

    /** Writes {@code chapter} to {@code out}; {@code bookLanguage} applies when the chapter names none. */
    static void write(Chapter chapter, String bookLanguage, OutputStream out) {
        writePart(chapter, bookLanguage, chapter.blocks(), true, InternalLinks.none(), out);
    }

    /**
     * Writes {@code blocks} of {@code chapter} as one file of a chapter split over several: the opening part carries
     * the title and author; a continuation is labelled with the title so it is still announced as the same chapter.
     */
    static void writePart(Chapter chapter, String bookLanguage, List<Block> blocks, boolean opening,
                          InternalLinks links, OutputStream out) {
        writePart(chapter, bookLanguage, blocks, opening, links, Breaks.NONE, out);
    }

    /** As above, with the page-break markers {@code breaks} gives this file. */
    static void writePart(Chapter chapter, String bookLanguage, List<Block> blocks, boolean opening,
                          InternalLinks links, Breaks breaks, OutputStream out) {
        String lang = chapter.language().orElse(bookLanguage);
        Xml xml = Xml.xhtml(out, chapter.title(), lang);
        ChapterHeader.open(xml, chapter);
        Wording wording = Wording.forLanguage(lang);
        if (opening) {
            xml.attr("class", ChapterHeader.classes(chapter)).attr("aria-labelledby", chapter.id()).newline();
            pageBreaks(xml, breaks.opening());
            ChapterHeader.write(xml, chapter, wording);
        } else {
            xml.attr("class", "chapter continued").attr("aria-label", chapter.title());
        }
        xml.newline();
        new ChapterXhtml(xml, links, wording).blocks(blocks, breaks);
        xml.end().newline().finishXhtml();
    }

    /** Writes a part's page: its title and subtitle as the section's heading, its introduction under them. */
    static void writePartPage(Part part, String bookLanguage, InternalLinks links, Breaks breaks, OutputStream out) {
        Xml xml = Xml.xhtml(out, part.title(), bookLanguage);
        xml.start("section").epubType("part").attr("role", "doc-part").attr("class", "part")
                .attr("aria-labelledby", part.id()).newline();
        pageBreaks(xml, breaks.opening());
        xml.start("header");
        xml.start("h1").attr("id", part.id()).text(part.title()).end();
        part.subtitle().ifPresent(s -> xml.start("p").attr("class", "subtitle").text(s).end());
        xml.end().newline();
        new ChapterXhtml(xml, links, Wording.forLanguage(bookLanguage)).blocks(part.introduction(), breaks);
        xml.end().newline().finishXhtml();
    }

    /** The page breaks of one file: those at its opening, and those before each of its top-level blocks. */
    record Breaks(List<String> opening, java.util.function.IntFunction<List<String>> before) {
        static final Breaks NONE = new Breaks(List.of(), block -> List.of());
    }

    /** The top-level {@code blocks}, each after the page breaks that {@code breaks} puts before it. */
    private void blocks(List<Block> blocks, Breaks breaks) {
        for (int i = 0; i < blocks.size(); i++) {
            pageBreaks(xml, breaks.before().apply(i));
            blocks(List.of(blocks.get(i)));
        }
        pageBreaks(xml, breaks.before().apply(blocks.size()));
    }

    /**
     * A page-break marker for each of {@code labels}: empty, so the reading order has no extra text, and labelled
     * for assistive technology, as DPUB-ARIA asks of {@code doc-pagebreak}.
     */
    private static void pageBreaks(Xml xml, List<String> labels) {
        for (String label : labels) {
            xml.start("span").epubType("pagebreak").attr("role", "doc-pagebreak").attr("id", PageBreaks.id(label))
                    .attr("aria-label", label).end().newline();
        }
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            try {
                block.accept(this);
            } catch (RuntimeException | StackOverflowError e) {
                throw BlockFailure.at(block.position(), e);
            }
        }
    }

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    @Override
    public Void visitHeading(Block.Heading heading) {
        // The chapter title is the only h1; body headings start at h2 whatever the source said.
        xml.start("h" + Math.max(2, heading.level()));
        attributes(heading.attributes());
        inlines(heading.content());
        xml.end().newline();
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
        xml.start("p");
        attributes(paragraph.attributes());
        inlines(paragraph.content());
        xml.end().newline();
        return null;
    }

    /** One paragraph per line, so a style sheet can hang turned lines; the block is never justified. */
    @Override
    public Void visitLineBlock(Block.LineBlock lineBlock) {
        xml.start("div").attr("class", "line-block").newline();
        for (List<Inline> line : lineBlock.lines()) {
            xml.start("p").attr("class", "line");
            inlines(line);
            xml.end().newline();
        }
        xml.end().newline();
        return null;
    }

    /**
     * The id, classes, language and direction a block declares. A language goes to both {@code xml:lang} and
     * {@code lang}, as on the root element; key-value pairs have no XHTML attribute of their own and stay in the model.
     */
    private void attributes(Attributes attributes) {
        attributes.id().ifPresent(id -> xml.attr("id", id));
        if (!attributes.classes().isEmpty()) {
            xml.attr("class", String.join(" ", attributes.classes()));
        }
        attributes.language().ifPresent(lang -> xml.xmlLang(lang).attr("lang", lang));
        attributes.direction().ifPresent(direction -> xml.attr("dir", direction.html()));
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote blockQuote) {
        xml.start("blockquote").newline();
        blocks(blockQuote.blocks());
        xml.end().newline();
        return null;
    }

    @Override
    public Void visitListBlock(Block.ListBlock listBlock) {
        xml.start(listBlock.ordered() ? "ol" : "ul");
        if (listBlock.ordered() && listBlock.start() != 1) {
            xml.attr("start", Integer.toString(listBlock.start()));
        }
        xml.newline();
        for (List<Block> item : listBlock.items()) {
            xml.start("li");
            blocks(item);
            xml.end().newline();
        }
        xml.end().newline();
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock codeBlock) {
        xml.start("pre").start("code");
        if (!codeBlock.language().isEmpty()) {
            xml.attr("class", "language-" + codeBlock.language());
        }
        xml.text(codeBlock.code()).end().end().newline();
        return null;
    }

    @Override
    public Void visitSceneBreak(Block.SceneBreak sceneBreak) {
        xml.empty("hr").attr("class", "scene-break").attr("aria-label", wording.get("scene-break")).newline();
        return null;
    }

    @Override
    public Void visitTable(Block.Table table) {
        xml.start("table").newline();
        List<Block.Table.Row> header = table.rows().stream().filter(Block.Table.Row::header).toList();
        List<Block.Table.Row> body = table.rows().stream().filter(r -> !r.header()).toList();
        rows("thead", "th", header);
        rows("tbody", "td", body);
        xml.end().newline();
        return null;
    }

    private void rows(String group, String cell, List<Block.Table.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        xml.start(group).newline();
        for (Block.Table.Row row : rows) {
            xml.start("tr");
            for (List<Inline> content : row.cells()) {
                xml.start(cell);
                if (cell.equals("th")) {
                    xml.attr("scope", "col");
                }
                inlines(content);
                xml.end();
            }
            xml.end().newline();
        }
        xml.end().newline();
    }

    @Override
    public Void visitNote(Block.Note note) {
        xml.start("aside").epubType("footnote").attr("role", "doc-footnote").attr("id", note.id())
                .attr("class", "note").newline();
        blocks(note.blocks());
        // The back link returns to the first reference, the one that carries the reference id.
        xml.start("p").attr("class", "note-back").start("a").attr("href", links.href("#" + refId(note.id())))
                .attr("role", "doc-backlink").attr("title", wording.get("back-to-text")).text("\u21A9").end().end();
        xml.end().newline();
        return null;
    }

    @Override
    public Void visitNoteReference(Inline.NoteReference ref) {
        xml.start("sup").start("a").epubType("noteref").attr("role", "doc-noteref")
                .attr("href", links.href("#" + ref.id()));
        if (referenced.add(ref.id())) {
            xml.attr("id", refId(ref.id()));
        }
        xml.text(ref.mark()).end().end();
        return null;
    }

    @Override
    public Void visitImage(Inline.Image image) {
        xml.empty("img").attr("src", links.imageHref(image)).attr("alt", image.alt());
        return null;
    }

    /** The id of a note's first reference, for the note's back link. */
    static String refId(String noteId) {
        return noteId + "-ref";
    }

    @Override
    public Void visitText(Inline.Text text) {
        xml.text(text.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis emphasis) {
        xml.start("em");
        inlines(emphasis.content());
        xml.end();
        return null;
    }

    @Override
    public Void visitStrikeout(Inline.Strikeout strikeout) {
        xml.start("del");
        inlines(strikeout.content());
        xml.end();
        return null;
    }

    @Override
    public Void visitStrong(Inline.Strong strong) {
        xml.start("strong");
        inlines(strong.content());
        xml.end();
        return null;
    }

    @Override
    public Void visitSubscript(Inline.Subscript subscript) {
        xml.start("sub");
        inlines(subscript.content());
        xml.end();
        return null;
    }

    @Override
    public Void visitSuperscript(Inline.Superscript superscript) {
        xml.start("sup");
        inlines(superscript.content());
        xml.end();
        return null;
    }

    @Override
    public Void visitCode(Inline.Code code) {
        xml.start("code").text(code.code()).end();
        return null;
    }

    @Override
    public Void visitLink(Inline.Link link) {
        xml.start("a").attr("href", links.href(link.target()));
        inlines(link.content());
        xml.end();
        return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak lineBreak) {
        xml.empty("br");
        return null;
    }
}
