package org.anthology.edition.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Finds the book's pictures that print under 300 dpi in the PDF: a picture prints at its natural size within the
 * text block (as {@link InlineRenderer} sets it), so its resolution on paper is its pixel width over the width it is
 * drawn at. Only image headers are read.
 * For the printer's check, with where each picture is referenced.
 */
final class ImageResolution implements Block.Visitor<Void> {

    private final PdfTheme theme;
    private final List<String> coarse = new ArrayList<>();
    private SourcePosition position;

    ImageResolution(PdfTheme theme) {
        this.theme = theme;
    }

    /** {@code file:line at N dpi} for every picture of {@code book} that prints under 300 dpi, in reading order. */
    List<String> under300Dpi(Anthology book) {
        for (Chapter chapter : book.chapters()) {
            chapter.blocks().forEach(block -> block.accept(this));
        }
        return List.copyOf(coarse);
    }

    /** The resolution at which {@code image} prints, or 300 when it cannot be read (the PDF reports that itself). */
    int dpi(Inline.Image image) {
        try {
            return InlineRenderer.printed(theme, image).dpi();
        } catch (IOException | RuntimeException e) {
            return CoverArt.PRINT_DPI;
        }
    }

    private Void inlines(List<Inline> content, SourcePosition at) {
        position = at;
        content.forEach(node -> node.accept(pictures));
        return null;
    }

    /** Finds the pictures among inlines, inside emphasis and links too. */
    private final Inline.Visitor<Void> pictures = new Inline.Visitor<>() {
        @Override
        public Void visitText(Inline.Text text) {
            return null;
        }

        @Override
        public Void visitEmphasis(Inline.Emphasis emphasis) {
            emphasis.content().forEach(node -> node.accept(this));
            return null;
        }

        @Override
        public Void visitStrong(Inline.Strong strong) {
            strong.content().forEach(node -> node.accept(this));
            return null;
        }

        @Override
        public Void visitStrikeout(Inline.Strikeout strikeout) {
            strikeout.content().forEach(node -> node.accept(this));
            return null;
        }

        @Override
        public Void visitSubscript(Inline.Subscript subscript) {
            subscript.content().forEach(node -> node.accept(this));
            return null;
        }

        @Override
        public Void visitSuperscript(Inline.Superscript superscript) {
            superscript.content().forEach(node -> node.accept(this));
            return null;
        }

        @Override
        public Void visitCode(Inline.Code code) {
            return null;
        }

        @Override
        public Void visitLink(Inline.Link link) {
            link.content().forEach(node -> node.accept(this));
            return null;
        }

        @Override
        public Void visitLineBreak(Inline.LineBreak lineBreak) {
            return null;
        }

        @Override
        public Void visitNoteReference(Inline.NoteReference noteReference) {
            return null;
        }

        @Override
        public Void visitImage(Inline.Image image) {
            // OpenPDF cannot draw SVG: the PDF sets its alt text instead, so it has no resolution to check.
            int dpi = image.mediaType().equals("image/svg+xml") ? CoverArt.PRINT_DPI : dpi(image);
            if (dpi < CoverArt.PRINT_DPI) {
                coarse.add(position + " at " + dpi + " dpi");
            }
            return null;
        }
    };

    @Override
    public Void visitHeading(Block.Heading heading) {
        return inlines(heading.content(), heading.position());
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
        return inlines(paragraph.content(), paragraph.position());
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote blockQuote) {
        blockQuote.blocks().forEach(block -> block.accept(this));
        return null;
    }

    @Override
    public Void visitListBlock(Block.ListBlock listBlock) {
        listBlock.items().forEach(item -> item.forEach(block -> block.accept(this)));
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock codeBlock) {
        return null;
    }

    @Override
    public Void visitSceneBreak(Block.SceneBreak sceneBreak) {
        return null;
    }

    @Override
    public Void visitTable(Block.Table table) {
        table.rows().forEach(row -> row.cells().forEach(cell -> inlines(cell, table.position())));
        return null;
    }

    @Override
    public Void visitLineBlock(Block.LineBlock lineBlock) {
        lineBlock.lines().forEach(line -> inlines(line, lineBlock.position()));
        return null;
    }

    @Override
    public Void visitNote(Block.Note note) {
        note.blocks().forEach(block -> block.accept(this));
        return null;
    }
}
