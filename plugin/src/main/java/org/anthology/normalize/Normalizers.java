package org.anthology.normalize;

import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;

/**
 * The ordered normalizer chain, in one place: headings, typography, anchors, notes, links. Order matters:
 * headings are cleaned and levelled before typography sets their text, anchors are made from the text readers see,
 * note ids avoid those anchors, and links are resolved last, against all of them.
 */
public final class Normalizers implements Normalizer {

    private final List<Normalizer> chain;

    private Normalizers(List<Normalizer> chain) {
        this.chain = List.copyOf(chain);
    }

    /** The standard chain with default options. */
    public static Normalizers standard() {
        return standard(NormalizationOptions.defaults());
    }

    /** The standard chain: headings, typography, anchors, notes, links. */
    public static Normalizers standard(NormalizationOptions options) {
        return new Normalizers(List.of(new HeadingNormalizer(options.stripHeadingNumbering()),
                new TypographyNormalizer(options.typography()), new AnchorNormalizer(), new NoteNormalizer(), new LinkNormalizer()));
    }

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Anthology book = in;
        for (Normalizer step : chain) {
            book = step.apply(book, diagnostics);
        }
        return book;
    }
}
