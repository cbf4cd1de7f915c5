package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.BlockFailure;

/**
 * Lays out a chapter's blocks as OpenPDF elements and hands each to a sink as soon as it is made, so a chapter is
 * never held in memory as a whole: running text justified, quotes indented, lists with bullets or numbers from the
 * list's start, code in the mono family and never justified nor hyphenated, scene breaks as a centred ornament, and
 * headings with a named destination that the contents page, the outline and the page-number record find. Running
 * text is hyphenated when patterns for the chapter's language are given.
 */
final class BlockRenderer implements Block.Visitor<Void> {

    private static final float QUOTE_INDENT = 18f;
    static final float LIST_INDENT = 14f;
    private static final float TURN_INDENT = 24f;
    private static final String ORNAMENT = "*\u2003*\u2003*";
    /** Quotations and lists nested deeper than this stop moving right, so the measure keeps room for words. */
    private static final float MAX_INDENT = 5 * QUOTE_INDENT;

    private final PdfTheme theme;
    private final FontSet fonts;
    private final Optional<HyphenationEvent> hyphenation;
    private final float indent;
    private final float scale;
    private final Flow out;
    /** A list item's bullet or number, until the item's first block takes it. */
    private List<Chunk> marker = List.of();
    /** Whether the block just rendered was a paragraph, which is what makes the next one indent its first line. */
    private boolean afterParagraph;

    BlockRenderer(PdfTheme theme, FontSet fonts, Optional<HyphenationEvent> hyphenation, float indent, Flow out) {
        this(theme, fonts, hyphenation, indent, 1f, out);
    }

    private BlockRenderer(PdfTheme theme, FontSet fonts, Optional<HyphenationEvent> hyphenation, float indent,
                          float scale, Flow out) {
        this.theme = theme;
        this.fonts = fonts;
        this.hyphenation = hyphenation;
        this.indent = indent;
        this.scale = scale;
        this.out = out;
    }

    /** The same renderer with text sizes and leading at {@code factor} of the theme's, as footnotes are set. */
    BlockRenderer scaled(float factor) {
        return new BlockRenderer(theme, fonts, hyphenation, indent, scale * factor, out);
    }

    /** Renders {@code blocks} in order. */
    void render(List<Block> blocks) {
        render(blocks, index -> { });
    }

    /** Renders {@code blocks} in order, telling {@code starting} the index of each block before it is set. */
    void render(List<Block> blocks, java.util.function.IntConsumer starting) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            starting.accept(i);
            if (!(block instanceof Block.Paragraph)) {
                flushMarker();
            }
            try {
                block.accept(this);
            } catch (RuntimeException | StackOverflowError e) {
                throw BlockFailure.at(block.position(), e);
            }
            afterParagraph = block instanceof Block.Paragraph;
        }
    }

    /** The size of a heading of {@code level}: the chapter size for level 1, a step smaller for each level below. */
    static float headingSize(PdfTheme theme, int level) {
        float size = theme.headingSize() * (float) Math.pow(0.8, level - 1);
        return Math.max(size, theme.bodySize());
    }

    /** A heading paragraph whose first chunk is the named destination {@code anchor} (none when empty). */
    static Paragraph heading(PdfTheme theme, FontSet fonts, List<Chunk> chunks, String anchor, float size) {
        Paragraph paragraph = fonts.paragraph(size * 1.25f);
        if (chunks.isEmpty()) {
            chunks = List.of(new Chunk(" ", fonts.font(FontSet.Role.HEADING, true, false, size)));
        }
        if (!anchor.isEmpty()) {
            chunks.get(0).setLocalDestination(anchor);
            chunks.get(0).setGenericTag(anchor);
        }
        paragraph.addAll(chunks);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        paragraph.setRunDirection(TextDirection.of(paragraph.getContent()));
        paragraph.setSpacingBefore(size);
        paragraph.setSpacingAfter(size * 0.5f);
        return paragraph;
    }

    @Override
    public Void visitHeading(Block.Heading heading) {
        float size = headingSize(theme, heading.level());
        InlineRenderer inline = new InlineRenderer(fonts, theme, FontSet.Role.HEADING, size).bold();
        tagged("H" + Math.min(heading.level(), 6), () -> out.addHeading(new ParagraphRecipe(heading,
                heading.content(), style(false), () -> {
                    Paragraph paragraph = heading(theme, fonts, inline.render(heading.content()), heading.id(),
                            size);
                    paragraph.setRunDirection(TextDirection.of(heading.attributes().direction(),
                            paragraph.getContent()));
                    paragraph.setIndentationLeft(indent);
                    return paragraph;
                })));
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
        boolean follows = afterParagraph;
        List<Chunk> label = takeMarker();
        Optional<String> figure = figure(paragraph);
        out.structure().begin(figure.isPresent() ? "Figure" : "P");
        figure.ifPresent(out.structure()::alternative);
        out.addItem(new ParagraphRecipe(paragraph, paragraph.content(), style(follows), () -> {
            Paragraph element = fonts.paragraph(leading());
            element.addAll(body().render(paragraph.content()));
            element.setAlignment(Element.ALIGN_JUSTIFIED);
            element.setRunDirection(TextDirection.of(paragraph.attributes().direction(), element.getContent()));
            element.setIndentationLeft(indent);
            element.setIndentationRight(indent);
            if (theme.paragraphStyle() == PdfTheme.ParagraphStyle.SPACE) {
                element.setSpacingAfter(leading() * 0.4f);
            } else if (follows) {
                element.setFirstLineIndent(bodySize());
            }
            return element;
        }), label);
        out.structure().end();
        return null;
    }

    /** Each line flush left and unjustified; a turned line hangs a quad in, as verse is set. */
    @Override
    public Void visitLineBlock(Block.LineBlock lineBlock) {
        List<List<org.anthology.model.Inline>> lines = lineBlock.lines();
        out.structure().begin("Div");
        for (int i = 0; i < lines.size(); i++) {
            List<org.anthology.model.Inline> line = lines.get(i);
            boolean last = i == lines.size() - 1;
            tagged("P", () -> out.addParagraph(() -> {
                Paragraph element = fonts.paragraph(leading());
                element.addAll(new InlineRenderer(fonts, theme, FontSet.Role.BODY, bodySize()).render(line));
                element.setAlignment(Element.ALIGN_LEFT);
                element.setRunDirection(TextDirection.of(element.getContent()));
                element.setIndentationLeft(indent + TURN_INDENT);
                element.setFirstLineIndent(-TURN_INDENT);
                element.setIndentationRight(indent);
                element.setSpacingAfter(last ? leading() * 0.8f : 0f);
                return element;
            }));
        }
        out.structure().end();
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote blockQuote) {
        boolean spaced = theme.paragraphStyle() == PdfTheme.ParagraphStyle.INDENT;
        if (spaced) {
            artifact(spacer());
        }
        tagged("BlockQuote", () -> new BlockRenderer(theme, fonts, hyphenation, nested(QUOTE_INDENT), scale, out)
                .render(blockQuote.blocks()));
        if (spaced) {
            artifact(spacer());
        }
        return null;
    }

    /**
     * A list as its items' blocks, one after another in the flow, so a list splits between and inside items; each
     * item's bullet or number hangs in the margin of its first line.
     */
    @Override
    public Void visitListBlock(Block.ListBlock listBlock) {
        int number = listBlock.start();
        out.structure().begin("L");
        for (List<Block> item : listBlock.items()) {
            BlockRenderer inner = new BlockRenderer(theme, fonts, hyphenation, nested(LIST_INDENT), scale, out);
            inner.marker = body().text(listBlock.ordered() ? number++ + "." : "\u2022");
            out.structure().begin("LI");
            tagged("LBody", () -> {
                inner.render(item);
                inner.flushMarker();
            });
            out.structure().end();
        }
        out.structure().end();
        artifact(spacer());
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock codeBlock) {
        float size = monoSize();
        Paragraph element = fonts.paragraph(size * 1.3f);
        element.addAll(fonts.chunks(keepIndentation(codeBlock.code()), FontSet.Role.MONO, false, false, size));
        element.setAlignment(Element.ALIGN_LEFT);
        element.setIndentationLeft(indent + QUOTE_INDENT / 2);
        element.setSpacingBefore(leading() * 0.3f);
        element.setSpacingAfter(leading() * 0.7f);
        tagged("Code", () -> out.addParagraph(() -> element));
        return null;
    }

    @Override
    public Void visitSceneBreak(Block.SceneBreak sceneBreak) {
        Paragraph element = fonts.paragraph(leading());
        element.addAll(body().text(ORNAMENT));
        element.setAlignment(Element.ALIGN_CENTER);
        element.setSpacingBefore(leading() * 0.5f);
        element.setSpacingAfter(leading());
        tagged("P", () -> out.addParagraph(() -> element));
        return null;
    }

    @Override
    public Void visitTable(Block.Table table) {
        out.addTable(new TableLayout(fonts, theme, hyphenation, bodySize(), leading(), theme.colours().rule(),
                theme.textWidth() - indent, indent), table);
        return null;
    }

    /**
     * A note set in the text's flow, smaller, after its label: for the notes that cannot stand at a page's foot,
     * which the edition sets at the chapter's end.
     */
    @Override
    public Void visitNote(Block.Note note) {
        Paragraph label = fonts.paragraph(leading() * 0.85f);
        List<Chunk> text = new InlineRenderer(fonts, theme, FontSet.Role.BODY, bodySize() * 0.85f)
                .text(note.mark() + ".");
        if (!text.isEmpty()) {
            text.get(0).setLocalDestination(note.id());
        }
        label.addAll(text);
        label.setAlignment(Element.ALIGN_LEFT);
        label.setSpacingBefore(leading() * 0.3f);
        tagged("Note", () -> {
            tagged("Lbl", () -> out.addParagraph(() -> label));
            new BlockRenderer(theme, fonts, hyphenation, nested(LIST_INDENT), scale, out).render(note.blocks());
        });
        return null;
    }

    /** Adds what {@code add} lays out as an element of {@code role} in the flow's structure tree. */
    private void tagged(String role, Runnable add) {
        out.structure().begin(role);
        add.run();
        out.structure().end();
    }

    /**
     * The alternative text of a paragraph that holds only pictures, which is a figure; empty for any other.
     * Pictures inside running text stay in their paragraph.
     */
    private static Optional<String> figure(Block.Paragraph paragraph) {
        // Most paragraphs open with words, which settle it at the first inline.
        List<String> alternatives = new ArrayList<>();
        boolean pictures = false;
        for (org.anthology.model.Inline inline : paragraph.content()) {
            if (inline instanceof org.anthology.model.Inline.Image image) {
                pictures = true;
                if (!image.alt().isBlank()) {
                    alternatives.add(image.alt());
                }
            } else if (!(inline instanceof org.anthology.model.Inline.Text text) || !text.text().isBlank()) {
                return Optional.empty();
            }
        }
        return pictures ? Optional.of(String.join(" ", alternatives)) : Optional.empty();
    }

    /** Adds {@code element}, which only makes room, as an artifact. */
    private void artifact(Paragraph element) {
        out.structure().beginArtifact();
        out.addParagraph(() -> element);
        out.structure().endArtifact();
    }

    /** The pending list marker, which the caller now sets; none after that. */
    private List<Chunk> takeMarker() {
        List<Chunk> taken = marker;
        marker = List.of();
        return taken;
    }

    /** Sets a pending list marker on a line of its own, for an item that does not open with a paragraph. */
    private void flushMarker() {
        List<Chunk> label = takeMarker();
        if (!label.isEmpty()) {
            Paragraph line = fonts.paragraph(leading());
            line.addAll(label);
            line.setAlignment(Element.ALIGN_LEFT);
            line.setIndentationLeft(indent - LIST_INDENT);
            out.addParagraph(() -> line);
        }
    }

    /** The indent of a block nested one level deeper, by {@code step}, up to {@link #MAX_INDENT}. */
    private float nested(float step) {
        return Math.max(indent, Math.min(indent + step, MAX_INDENT));
    }

    /** This renderer's style, for a block that follows a paragraph when {@code follows}. */
    private ParagraphRecipe.Style style(boolean follows) {
        return new ParagraphRecipe.Style(theme, fonts, hyphenation, indent, scale, follows);
    }

    private InlineRenderer body() {
        return new InlineRenderer(fonts, theme, FontSet.Role.BODY, bodySize()).hyphenated(hyphenation);
    }

    private float bodySize() {
        return theme.bodySize() * scale;
    }

    private float leading() {
        return theme.bodyLeading() * scale;
    }

    private float monoSize() {
        return theme.monoSize() * scale;
    }

    private Paragraph spacer() {
        Paragraph spacer = fonts.paragraph(leading() * 0.4f);
        spacer.add(new Chunk(" ", fonts.font(FontSet.Role.BODY, false, false, bodySize())));
        spacer.setAlignment(Element.ALIGN_LEFT);
        return spacer;
    }

    /** Layout trims leading spaces of a line, so code keeps its indentation as no-break spaces. */
    private static String keepIndentation(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.replace("\t", "    ").split("\n", -1)) {
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            out.append("\u00A0".repeat(spaces)).append(line.substring(spaces)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }
}
