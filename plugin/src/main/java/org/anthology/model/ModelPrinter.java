package org.anthology.model;

import java.util.List;

/**
 * Prints the model as indented text, one node per line with its {@code file:line}: the format of golden files and
 * of debug output. Text is printed in Java string notation so invisible characters show.
 */
public final class ModelPrinter implements Block.Visitor<Void>, Inline.Visitor<Void> {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    private ModelPrinter() {
    }

    /** The printed form of {@code book}. */
    public static String print(Anthology book) {
        ModelPrinter printer = new ModelPrinter();
        Metadata m = book.metadata();
        printer.line("book " + quote(m.title()) + " lang=" + m.language());
        printer.depth++;
        for (Chapter chapter : book.chapters()) {
            printer.line("chapter " + chapter.id() + " " + quote(chapter.title())
                    + chapter.author().map(a -> " author=" + quote(a)).orElse("")
                    + chapter.language().map(l -> " lang=" + l).orElse("")
                    + (chapter.details().matter() == Chapter.Matter.BODY ? ""
                    : " matter=" + chapter.details().matter().name().toLowerCase(java.util.Locale.ROOT))
                    + " (" + chapter.source() + ")");
            printer.nested(() -> chapter.blocks().forEach(b -> b.accept(printer)));
        }
        for (Part part : book.parts()) {
            printer.line("part " + part.id() + " " + quote(part.title()) + " chapters="
                    + String.join(",", part.chapterIds()) + " (" + part.source() + ")");
            printer.nested(() -> part.introduction().forEach(b -> b.accept(printer)));
        }
        return printer.out.toString();
    }

    @Override
    public Void visitHeading(Block.Heading heading) {
        line("heading " + heading.level() + heading.attributes().printed() + " ("
                + heading.position() + ")");
        inlines(heading.content());
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
        line("paragraph" + paragraph.attributes().printed() + " (" + paragraph.position() + ")");
        inlines(paragraph.content());
        return null;
    }

    @Override
    public Void visitLineBlock(Block.LineBlock lineBlock) {
        line("line-block (" + lineBlock.position() + ")");
        nested(() -> lineBlock.lines().forEach(content -> {
            line("line");
            inlines(content);
        }));
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote blockQuote) {
        line("quote (" + blockQuote.position() + ")");
        nested(() -> blockQuote.blocks().forEach(b -> b.accept(this)));
        return null;
    }

    @Override
    public Void visitListBlock(Block.ListBlock listBlock) {
        line((listBlock.ordered() ? "ordered-list start=" + listBlock.start() : "bullet-list") + " ("
                + listBlock.position() + ")");
        nested(() -> listBlock.items().forEach(item -> {
            line("item");
            nested(() -> item.forEach(b -> b.accept(this)));
        }));
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock codeBlock) {
        line("code " + quote(codeBlock.language()) + " (" + codeBlock.position() + ")");
        nested(() -> line(quote(codeBlock.code())));
        return null;
    }

    @Override
    public Void visitSceneBreak(Block.SceneBreak sceneBreak) {
        line("scene-break (" + sceneBreak.position() + ")");
        return null;
    }

    @Override
    public Void visitTable(Block.Table table) {
        // Columns of the default alignment print nothing, so a table without an alignment row prints as before.
        String aligned = table.alignments().stream().allMatch(a -> a == Block.Table.Alignment.DEFAULT) ? ""
                : " align=" + String.join(",", table.alignments().stream()
                        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList());
        line("table" + aligned + " (" + table.position() + ")");
        nested(() -> table.rows().forEach(row -> {
            line(row.header() ? "header-row" : "row");
            nested(() -> row.cells().forEach(cell -> {
                line("cell");
                inlines(cell);
            }));
        }));
        return null;
    }

    @Override
    public Void visitNote(Block.Note note) {
        line("note " + quote(note.label()) + note.number().map(n -> " number=" + n).orElse("")
                + note.attributes().printed() + " (" + note.position() + ")");
        nested(() -> note.blocks().forEach(b -> b.accept(this)));
        return null;
    }

    @Override
    public Void visitNoteReference(Inline.NoteReference noteReference) {
        line("note-ref " + quote(noteReference.label()) + noteReference.number().map(n -> " number=" + n).orElse("")
                + noteReference.attributes().printed());
        return null;
    }

    @Override
    public Void visitImage(Inline.Image image) {
        line("image " + quote(image.file().getFileName().toString()) + " " + image.mediaType() + " alt="
                + quote(image.alt()));
        return null;
    }

    @Override
    public Void visitText(Inline.Text text) {
        line("text " + quote(text.text()));
        return null;
    }

    @Override
    public Void visitEmphasis(Inline.Emphasis emphasis) {
        line("emphasis");
        inlines(emphasis.content());
        return null;
    }

    @Override
    public Void visitStrikeout(Inline.Strikeout strikeout) {
        line("strikeout");
        inlines(strikeout.content());
        return null;
    }

    @Override
    public Void visitStrong(Inline.Strong strong) {
        line("strong");
        inlines(strong.content());
        return null;
    }

    @Override
    public Void visitSubscript(Inline.Subscript subscript) {
        line("subscript");
        inlines(subscript.content());
        return null;
    }

    @Override
    public Void visitSuperscript(Inline.Superscript superscript) {
        line("superscript");
        inlines(superscript.content());
        return null;
    }

    @Override
    public Void visitCode(Inline.Code code) {
        line("code " + quote(code.code()));
        return null;
    }

    @Override
    public Void visitLink(Inline.Link link) {
        line("link " + quote(link.target()));
        inlines(link.content());
        return null;
    }

    @Override
    public Void visitLineBreak(Inline.LineBreak lineBreak) {
        line("line-break");
        return null;
    }

    private void inlines(List<Inline> inlines) {
        nested(() -> inlines.forEach(i -> i.accept(this)));
    }

    private void nested(Runnable body) {
        depth++;
        body.run();
        depth--;
    }

    private void line(String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        q.append(String.format("\\u%04X", c));
                    } else {
                        q.appendCodePoint(c);
                    }
                }
            }
        });
        return q.append('"').toString();
    }
}
