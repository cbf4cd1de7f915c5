package org.anthology.edition.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Inline;

/**
 * Turns inline content into OpenPDF chunks: emphasis and strong as the italic and bold faces, code spans in the
 * mono family, links as their text with a URI annotation for web addresses. Each instance renders one style;
 * nested spans get a copy with the style changed. Words may be hyphenated, except in code spans and web addresses.
 */
final class InlineRenderer implements Inline.Visitor<List<Chunk>> {

    private final FontSet fonts;
    private final FontSet.Role role;
    private final boolean bold;
    private final boolean italic;
    private final float size;
    private final float monoRatio;
    private final Optional<HyphenationEvent> hyphenation;

    /** Renders in {@code role} at {@code size}; code spans at {@code monoRatio} of that size. */
    /** The text block of an A5 page with the default margins, the smallest the theme offers. */
    private static final float MAX_IMAGE_WIDTH = 300f;
    private static final float MAX_IMAGE_HEIGHT = 420f;

    InlineRenderer(FontSet fonts, FontSet.Role role, float size, float monoRatio) {
        this(fonts, role, false, false, size, monoRatio, Optional.empty());
    }

    private InlineRenderer(FontSet fonts, FontSet.Role role, boolean bold, boolean italic, float size,
                           float monoRatio, Optional<HyphenationEvent> hyphenation) {
        this.fonts = fonts;
        this.role = role;
        this.bold = bold;
        this.italic = italic;
        this.size = size;
        this.monoRatio = monoRatio;
        this.hyphenation = hyphenation;
    }

    /** The same renderer with bold type, for headings and strong spans. */
    InlineRenderer bold() {
        return new InlineRenderer(fonts, role, true, italic, size, monoRatio, hyphenation);
    }

    /** The same renderer breaking words at line ends with {@code breaker}, when given. */
    InlineRenderer hyphenated(Optional<HyphenationEvent> breaker) {
        return new InlineRenderer(fonts, role, bold, italic, size, monoRatio, breaker);
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
        return new InlineRenderer(fonts, role, bold, !italic, size, monoRatio, hyphenation)
                .render(emphasis.content());
    }

    @Override
    public List<Chunk> visitStrong(Inline.Strong strong) {
        return bold().render(strong.content());
    }

    @Override
    public List<Chunk> visitCode(Inline.Code code) {
        return fonts.chunks(code.code(), FontSet.Role.MONO, false, false, size * monoRatio);
    }

    @Override
    public List<Chunk> visitLink(Inline.Link link) {
        String target = link.target();
        boolean web = target.startsWith("http://") || target.startsWith("https://");
        List<Chunk> chunks = (web ? hyphenated(Optional.empty()) : this).render(link.content());
        if (!web) {
            return chunks;
        }
        List<Chunk> linked = FontSet.inColour(chunks, fonts.colours().link());
        linked.forEach(chunk -> chunk.setAnchor(target));
        return linked;
    }

    @Override
    public List<Chunk> visitNoteReference(Inline.NoteReference ref) {
        List<Chunk> chunks = new InlineRenderer(fonts, role, bold, italic, size * 0.65f, monoRatio, hyphenation)
                .text(ref.label());
        chunks.forEach(chunk -> chunk.setTextRise(size * 0.35f));
        if (!chunks.isEmpty()) {
            chunks.get(0).setGenericTag(Footnotes.tag(ref.id()));
        }
        return chunks;
    }

    /**
     * A raster image, scaled down to fit the text block of the smallest page size; OpenPDF cannot draw SVG, so an
     * SVG image is set as its alt text.
     */
    @Override
    public List<Chunk> visitImage(Inline.Image image) {
        if (image.mediaType().equals("image/svg+xml")) {
            return text(image.alt());
        }
        try {
            com.lowagie.text.Image picture = com.lowagie.text.Image.getInstance(
                    java.nio.file.Files.readAllBytes(image.file()));
            picture.scaleToFit(MAX_IMAGE_WIDTH, MAX_IMAGE_HEIGHT);
            picture.setAlt(image.alt());
            return List.of(new Chunk(picture, 0, 0, true));
        } catch (java.io.IOException | com.lowagie.text.BadElementException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("cannot read image " + image.file(), e));
        }
    }

    @Override
    public List<Chunk> visitLineBreak(Inline.LineBreak lineBreak) {
        return List.of(Chunk.NEWLINE);
    }
}
