package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.ImageType;
import org.anthology.model.Inline;

/**
 * Turns inline content into OpenPDF chunks: emphasis and strong as the italic and bold faces, code spans in the
 * mono family, links to the web or within the book as links, note references raised and linked to their notes,
 * images at their natural size within the text block. Each instance renders one style; nested spans get a copy with the style
 * changed. Words may be hyphenated, except in code spans and web addresses.
 */
final class InlineRenderer implements Inline.Visitor<List<Chunk>> {

    private final FontSet fonts;
    private final PdfTheme theme;
    private final FontSet.Role role;
    private final boolean bold;
    private final boolean italic;
    private final float size;
    private final Optional<HyphenationEvent> hyphenation;

    /** Renders in {@code role} at {@code size}; code spans smaller by the theme's ratio of mono to body size. */
    InlineRenderer(FontSet fonts, PdfTheme theme, FontSet.Role role, float size) {
        this(fonts, theme, role, false, false, size, Optional.empty());
    }

    private InlineRenderer(FontSet fonts, PdfTheme theme, FontSet.Role role, boolean bold, boolean italic, float size,
                           Optional<HyphenationEvent> hyphenation) {
        this.fonts = fonts;
        this.theme = theme;
        this.role = role;
        this.bold = bold;
        this.italic = italic;
        this.size = size;
        this.hyphenation = hyphenation;
    }

    /** The same renderer with bold type, for headings and strong spans. */
    InlineRenderer bold() {
        return new InlineRenderer(fonts, theme, role, true, italic, size, hyphenation);
    }

    /** The same renderer breaking words at line ends with {@code breaker}, when given. */
    InlineRenderer hyphenated(Optional<HyphenationEvent> breaker) {
        return new InlineRenderer(fonts, theme, role, bold, italic, size, breaker);
    }

    /** {@code text} in this renderer's style. */
    List<Chunk> text(String text) {
        List<Chunk> chunks = fonts.chunks(text, role, bold, italic, size);
        hyphenation.ifPresent(breaker -> chunks.forEach(chunk -> chunk.setHyphenation(breaker)));
        return chunks;
    }

    List<Chunk> render(List<Inline> inlines) {
        List<Chunk> out = new ArrayList<>();
        for (Inline inline : inlines) {
            out.addAll(inline.accept(this));
        }
        return out;
    }

    @Override
    public List<Chunk> visitText(Inline.Text text) {
        return text(text.text());
    }

    @Override
    public List<Chunk> visitEmphasis(Inline.Emphasis emphasis) {
        return new InlineRenderer(fonts, theme, role, bold, !italic, size, hyphenation)
                .render(emphasis.content());
    }

    @Override
    public List<Chunk> visitStrong(Inline.Strong strong) {
        return bold().render(strong.content());
    }

    /** Deleted text struck through by a rule a little above the x-height's middle, as a typewriter would strike it. */
    @Override
    public List<Chunk> visitStrikeout(Inline.Strikeout strikeout) {
        List<Chunk> chunks = render(strikeout.content());
        chunks.forEach(chunk -> chunk.setUnderline(size * 0.05f, size * 0.28f));
        return chunks;
    }

    @Override
    public List<Chunk> visitSubscript(Inline.Subscript subscript) {
        return shifted(subscript.content(), -0.15f);
    }

    @Override
    public List<Chunk> visitSuperscript(Inline.Superscript superscript) {
        return shifted(superscript.content(), 0.35f);
    }

    /** Content at two thirds of the size, its baseline moved by {@code rise} of the size (up when positive). */
    private List<Chunk> shifted(List<Inline> content, float rise) {
        List<Chunk> chunks = new InlineRenderer(fonts, theme, role, bold, italic, size * 0.65f, hyphenation)
                .render(content);
        chunks.forEach(chunk -> chunk.setTextRise(chunk.getTextRise() + size * rise));
        return chunks;
    }

    @Override
    public List<Chunk> visitCode(Inline.Code code) {
        return fonts.chunks(code.code(), FontSet.Role.MONO, false, false, size * theme.monoSize() / theme.bodySize());
    }

    /**
     * A web address as a URI link, a link to a chapter or heading of the book (the link normalizer made it
     * {@code #id}) as a link to that place; both in the link colour. Other links keep only their text.
     */
    @Override
    public List<Chunk> visitLink(Inline.Link link) {
        String target = link.target();
        boolean web = target.startsWith("http://") || target.startsWith("https://");
        boolean inBook = target.startsWith("#") && target.length() > 1;
        List<Chunk> chunks = (web ? hyphenated(Optional.empty()) : this).render(link.content());
        if (!web && !inBook) {
            return chunks;
        }
        List<Chunk> linked = FontSet.inColour(chunks, fonts.colours().link());
        linked.forEach(chunk -> {
            if (web) {
                chunk.setAnchor(target);
            } else {
                chunk.setLocalGoto(target.substring(1));
            }
        });
        return linked;
    }

    @Override
    public List<Chunk> visitNoteReference(Inline.NoteReference ref) {
        List<Chunk> chunks = new InlineRenderer(fonts, theme, role, bold, italic, size * 0.65f, hyphenation)
                .text(ref.mark());
        chunks.forEach(chunk -> chunk.setTextRise(size * 0.35f).setLocalGoto(ref.id()));
        if (!chunks.isEmpty()) {
            chunks.get(0).setGenericTag(Footnotes.tag(ref.id()));
        }
        return chunks;
    }

    /**
     * A raster image at its natural size, scaled down to fit the text block ({@link PrintPicture}); OpenPDF cannot
     * draw SVG, so an SVG image is set as its alt text.
     */
    @Override
    public List<Chunk> visitImage(Inline.Image image) {
        if (image.mediaType().equals(ImageType.SVG.mediaType())) {
            return text(image.alt());
        }
        try {
            PrintPicture print = printed(theme, image);
            com.lowagie.text.Image picture = print.embedsAsIs()
                    ? com.lowagie.text.Image.getInstance(print.bytes())
                    : com.lowagie.text.Image.getInstance(print.opaquePixels(), null);
            picture.scaleAbsolute(print.width(), print.height());
            picture.setAlt(image.alt());
            return List.of(new Chunk(picture, 0, 0, true));
        } catch (java.io.IOException | com.lowagie.text.BadElementException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("cannot read image " + image.file(), e));
        }
    }

    /** How {@code image} prints in a book set in {@code theme}: at most the text block, less two lines. */
    static PrintPicture printed(PdfTheme theme, Inline.Image image) throws java.io.IOException {
        // Two lines' room is left on the page, so an image never fills a page that has its footnote or text.
        return PrintPicture.of(image.file(), theme.textWidth(), theme.textHeight() - 2 * theme.bodyLeading());
    }

    @Override
    public List<Chunk> visitLineBreak(Inline.LineBreak lineBreak) {
        return List.of(Chunk.NEWLINE);
    }
}
