package org.anthology.normalize;

import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;

/**
 * The ordered normalizer chain, in one place. Order matters: headings are cleaned and levelled before anchors are
 * made from their text, so ids come from what readers will see.
 */
public final class Normalizers implements Normalizer {

    private final List<Normalizer> chain;

    private Normalizers(List<Normalizer> chain) {
        this.chain = List.copyOf(chain);
    }

    /** The standard chain: headings, then anchors. */
    public static Normalizers standard() {
        return new Normalizers(List.of(new HeadingNormalizer(), new TypographyNormalizer(), new AnchorNormalizer()));
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
