package org.anthology.normalize;

import java.util.List;
import org.anthology.model.Inline;

/**
 * Applies the typography rules, in order, to one paragraph, heading or title: characters, white space, dashes,
 * ellipses, quotes, then the spacing that depends on the quotes. Each rule sees the previous one's output, so
 * quotes are decided next to real dashes and ellipses.
 */
final class ParagraphTypography {

    private final QuoteStyle style;
    private final TypographyNormalizer.Options options;

    ParagraphTypography(QuoteStyle style, TypographyNormalizer.Options options) {
        this.style = style;
        this.options = options;
    }

    /** The inlines with typography applied; code spans and link targets untouched. */
    List<Inline> apply(List<Inline> inlines, Tally tally) {
        TextRuns in = TextRuns.of(inlines);
        TextRuns out = apply(in, tally);
        // Most paragraphs come through every rule as they were: their inlines need no rebuilding.
        return out == in ? inlines : out.rebuild(inlines);
    }

    /** A title with typography applied. */
    String apply(String title, Tally tally) {
        return apply(TextRuns.of(title), tally).texts().get(0);
    }

    private TextRuns apply(TextRuns in, Tally tally) {
        TextRuns runs = in;
        // The work is found again after a rule changed the text: a removed character may join two hyphens.
        int work = RuleWork.of(runs.flat());
        if ((work & RuleWork.CHARACTERS) != 0) {
            runs = CharacterCleaner.apply(runs, tally);
            work = runs == in ? work : RuleWork.of(runs.flat());
        }
        if ((work & RuleWork.SPACES) != 0) {
            TextRuns before = runs;
            runs = WhitespaceCleaner.apply(runs, tally);
            work = runs == before ? work : RuleWork.of(runs.flat());
        }
        if ((work & RuleWork.DASHES) != 0) {
            runs = DashesAndEllipses.dashes(runs, options.emDashFromDoubleHyphen(), tally);
        }
        if ((work & RuleWork.ELLIPSES) != 0) {
            runs = DashesAndEllipses.ellipses(runs, tally);
        }
        if ((work & RuleWork.QUOTES) != 0) {
            runs = SmartQuotes.apply(runs, style, tally);
        }
        // Curled quotes may be guillemets, which French spacing sets.
        if (style.frenchSpacing() && (work & (RuleWork.FRENCH | RuleWork.QUOTES)) != 0) {
            runs = FrenchSpacing.apply(runs, tally);
        }
        if (options.noBreakSpaceBeforeUnits()) {
            runs = UnitSpacing.apply(runs, tally);
        }
        return runs;
    }
}
