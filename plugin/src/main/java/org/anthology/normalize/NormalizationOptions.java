package org.anthology.normalize;

import java.util.Objects;

/**
 * The choices an editor makes about normalization: whether headings lose their numbering, and how typography is
 * set. Everything else in the chain is fixed.
 */
public record NormalizationOptions(boolean stripHeadingNumbering, TypographyNormalizer.Options typography) {

    public NormalizationOptions {
        Objects.requireNonNull(typography, "typography");
    }

    /** Keep the author's numbering; typography with the language's defaults. */
    public static NormalizationOptions defaults() {
        return new NormalizationOptions(false, TypographyNormalizer.Options.defaults());
    }
}
