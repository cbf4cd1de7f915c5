package org.anthology.normalize;

import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;

/** One pure step of normalization: returns a new anthology, reports problems, never mutates or does I/O. */
public interface Normalizer {

    /** The normalized form of {@code in}. */
    Anthology apply(Anthology in, Diagnostics diagnostics);
}
