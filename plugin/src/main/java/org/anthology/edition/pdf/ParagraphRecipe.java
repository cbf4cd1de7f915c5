package org.anthology.edition.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.anthology.model.Block;
import org.anthology.model.Inline;

/**
 * How the block renderer builds a paragraph or heading of the book: from which model block, in which style, and
 * the builder itself. Two recipes are equal when they build from the same block in the same style, whichever thread
 * or font set of one layout made them, so their paragraphs set into the same lines at the same measure: that is how
 * the page flow knows that a paragraph set ahead ({@link SetAhead}) is the one it asks for.
 */
final class ParagraphRecipe implements Supplier<Paragraph> {

    /**
     * What decides a block's paragraph besides the block: the theme, the faces, the hyphenation patterns, the indent
     * and the text size's scale of the renderer, and whether the block follows a paragraph (its first-line indent).
     */
    record Style(PdfTheme theme, FontSet fonts, Optional<HyphenationEvent> hyphenation, float indent, float scale,
                 boolean follows) {

        /** Whether paragraphs in this style and in {@code other} come out the same. */
        boolean setsLike(Style other) {
            return theme == other.theme && fonts.setsLike(other.fonts) && samePatterns(other.hyphenation)
                    && Float.compare(indent, other.indent) == 0 && Float.compare(scale, other.scale) == 0
                    && follows == other.follows;
        }

        private boolean samePatterns(Optional<HyphenationEvent> other) {
            if (hyphenation.isEmpty() || other.isEmpty()) {
                return hyphenation.isEmpty() && other.isEmpty();
            }
            if (hyphenation.get() instanceof PatternHyphenation own
                    && other.get() instanceof PatternHyphenation theirs) {
                return own.sharesPatternsWith(theirs);
            }
            return hyphenation.get() == other.get();
        }

        private int hash() {
            return (Float.hashCode(indent) * 31 + Float.hashCode(scale)) * 31 + Boolean.hashCode(follows);
        }
    }

    private final Block block;
    private final List<Inline> content;
    private final Style style;
    private final Supplier<Paragraph> make;

    /** The recipe that builds {@code block}, whose inlines are {@code content}, in {@code style} by {@code make}. */
    ParagraphRecipe(Block block, List<Inline> content, Style style, Supplier<Paragraph> make) {
        this.block = block;
        this.content = content;
        this.style = style;
        this.make = make;
    }

    /** A new paragraph, built on every call. */
    @Override
    public Paragraph get() {
        return make.get();
    }

    /** The inlines the paragraph is built from. */
    List<Inline> content() {
        return content;
    }

    @Override
    public boolean equals(Object other) {
        // The same block object: a value-equal block elsewhere in the book would set the same, but is not looked for.
        return other instanceof ParagraphRecipe recipe && block == recipe.block && style.setsLike(recipe.style);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(block) * 31 + style.hash();
    }

    @Override
    public String toString() {
        return block.position() + " " + style.hash();
    }
}
