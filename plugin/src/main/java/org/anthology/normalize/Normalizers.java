package org.anthology.normalize;

import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;
import org.anthology.model.PerChapter;

/**
 * The ordered normalizer chain, in one place: headings, typography, anchors, notes, links, back matter. Order matters:
 * headings are cleaned and levelled before typography sets their text, anchors are made from the text readers see,
 * note ids avoid those anchors, links are resolved against all of them, and
 * the generated back matter comes last, copying text already set.
 */
public final class Normalizers implements Normalizer {

    private final List<Normalizer> before;
    private final TypographyNormalizer typography;
    private final List<Normalizer> after;

    private Normalizers(List<Normalizer> before, TypographyNormalizer typography, List<Normalizer> after) {
        this.before = List.copyOf(before);
        this.typography = typography;
        this.after = List.copyOf(after);
    }

    /** The normalized book and what typography changed in it, counted as it was changed. */
    public record Normalized(Anthology book, TypographyReport typography) {
    }

    /** The standard chain with default options. */
    public static Normalizers standard() {
        return standard(NormalizationOptions.defaults());
    }

    /** The standard chain: headings, typography, anchors, notes, links, back matter. */
    public static Normalizers standard(NormalizationOptions options) {
        return standard(options, PerChapter.sequential());
    }

    /** The standard chain; headings, typography, anchors, notes and links done for each chapter as one of tasks. */
    public static Normalizers standard(NormalizationOptions options, PerChapter tasks) {
        return new Normalizers(List.of(new HeadingNormalizer(options.stripHeadingNumbering(), tasks)),
                new TypographyNormalizer(options.typography(), tasks),
                List.of(new AnchorNormalizer(tasks), new NoteNormalizer(tasks), new LinkNormalizer(tasks),
                        new BackMatterNormalizer()));
    }

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        return normalize(in, diagnostics).book();
    }

    /** Runs the chain, keeping the typography tallies of the very run that set the book's text. */
    public Normalized normalize(Anthology in, Diagnostics diagnostics) {
        TypographyNormalizer.Result typeset = typography.normalize(chain(before, in, diagnostics), diagnostics);
        return new Normalized(chain(after, typeset.book(), diagnostics), typeset.report());
    }

    private static Anthology chain(List<Normalizer> steps, Anthology in, Diagnostics diagnostics) {
        Anthology book = in;
        for (Normalizer step : steps) {
            book = step.apply(book, diagnostics);
        }
        return book;
    }
}
