package org.anthology.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.Walk;
import org.anthology.model.Metadata;
import org.anthology.model.PerChapter;
import org.anthology.model.SourcePosition;

/**
 * Smart punctuation for every reader alike: curly quotes and apostrophes in the style of the book's (or a chapter's
 * own) language, dashes, ellipses, collapsed white space, NFC, no invisible characters, French spacing and optional
 * no-break spaces before units. Titles and metadata get the same treatment as body text; code spans, code blocks,
 * link targets and URLs are never touched. Running it twice gives the same book as running it once.
 */
public final class TypographyNormalizer implements Normalizer {

    /**
     * Settings: {@code britishQuotes} makes English outer quotes single and inner quotes double;
     * {@code emDashFromDoubleHyphen} makes {@code --} an em dash instead of an en dash;
     * {@code noBreakSpaceBeforeUnits} joins numbers to units and initials to names with a no-break space.
     */
    public record Options(boolean britishQuotes, boolean emDashFromDoubleHyphen, boolean noBreakSpaceBeforeUnits) {

        /** American quotes, Pandoc dashes, ordinary spaces before units. */
        public static Options defaults() {
            return new Options(false, false, false);
        }
    }

    private final Options options;
    private final PerChapter tasks;

    /** A normalizer with {@link Options#defaults()}. */
    public TypographyNormalizer() {
        this(Options.defaults());
    }

    /** A normalizer with the given settings. */
    public TypographyNormalizer(Options options) {
        this(options, PerChapter.sequential());
    }

    /** A normalizer with the given settings that sets each chapter as one of {@code tasks}. */
    public TypographyNormalizer(Options options, PerChapter tasks) {
        this.options = Objects.requireNonNull(options, "options");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** The normalized book, and how many changes each rule made to it. */
    public record Result(Anthology book, TypographyReport report) {
        public Result {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(report, "report");
        }
    }

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        return normalize(in, diagnostics).book();
    }

    /** The book with its typography set, with the count of changes each rule made to each chapter and the metadata. */
    public Result normalize(Anthology in, Diagnostics diagnostics) {
        Map<String, Map<TypographyReport.Rule, Integer>> chapters = new LinkedHashMap<>();
        Tally metadata = new Tally();
        Anthology book = run(in, diagnostics, chapters, metadata);
        return new Result(book, new TypographyReport(metadata.counts(), chapters));
    }

    private Anthology run(Anthology in, Diagnostics diagnostics,
                          Map<String, Map<TypographyReport.Rule, Integer>> counts, Tally metadataTally) {
        List<Map.Entry<Chapter, Map<TypographyReport.Rule, Integer>>> set = tasks.mapPure(in.chapters(), diagnostics,
                (chapter, own) -> {
                    Tally tally = new Tally();
                    return Map.entry(chapter(chapter, in.metadata().language(), own, tally), tally.counts());
                });
        List<Chapter> chapters = new ArrayList<>();
        for (Map.Entry<Chapter, Map<TypographyReport.Rule, Integer>> done : set) {
            chapters.add(done.getKey());
            counts.put(done.getKey().id(), done.getValue());
        }
        Metadata metadata = metadata(in.metadata(), diagnostics, metadataTally);
        return new Anthology(metadata, chapters, parts(in, diagnostics, metadataTally), in.labels());
    }

    private Chapter chapter(Chapter chapter, String bookLanguage, Diagnostics diagnostics, Tally tally) {
        QuoteStyle style = QuoteStyle.forLanguage(chapter.language().orElse(bookLanguage), options.britishQuotes());
        ParagraphTypography typography = new ParagraphTypography(style, options);
        String title = title(chapter.title(), typography, chapter.source(), diagnostics, tally);
        List<Block> blocks = Walk.mapInlineLists(chapter.blocks(), (inlines, at) -> {
            int before = tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS);
            List<Inline> out = typography.apply(inlines, tally);
            warnInvisible(tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS) - before, at, diagnostics);
            return out;
        });
        java.util.function.UnaryOperator<String> text = s -> title(s, typography, chapter.source(), diagnostics, tally);
        List<org.anthology.model.Contributor> authors = chapter.authors().stream()
                .map(a -> a.withText(text.apply(a.name()), a.bio().map(text))).toList();
        Chapter.Details d = chapter.details();
        Chapter.Details details = new Chapter.Details(d.matter(), d.subtitle().map(text),
                d.epigraph().map(e -> new org.anthology.model.Epigraph(text.apply(e.text()),
                        e.attribution().map(text))), d.firstPublished().map(text), d.rights().map(text));
        return new Chapter(chapter.id(), title, authors, chapter.language(), blocks, chapter.source(), details);
    }

    /** Part titles, subtitles and introductions are set like chapter text, in the book's language. */
    private List<org.anthology.model.Part> parts(Anthology in, Diagnostics diagnostics, Tally tally) {
        QuoteStyle style = QuoteStyle.forLanguage(in.metadata().language(), options.britishQuotes());
        ParagraphTypography typography = new ParagraphTypography(style, options);
        return in.parts().stream().map(part -> part.withText(
                title(part.title(), typography, part.source(), diagnostics, tally),
                part.subtitle().map(s -> title(s, typography, part.source(), diagnostics, tally)),
                Walk.mapInlineLists(part.introduction(), (inlines, at) -> typography.apply(inlines, tally))))
                .toList();
    }

    private Metadata metadata(Metadata m, Diagnostics diagnostics, Tally tally) {
        QuoteStyle style = QuoteStyle.forLanguage(m.language(), options.britishQuotes());
        ParagraphTypography typography = new ParagraphTypography(style, options);
        java.util.function.UnaryOperator<String> text = s -> title(s, typography, null, diagnostics, tally);
        // Every field a reader sees on a title or copyright page; the identifier is a name, not text.
        return new Metadata(text.apply(m.title()), m.subtitle().map(text), m.creators().stream().map(text).toList(),
                m.language(), m.identifier(), m.modified(), m.publisher().map(text), m.rights().map(text),
                m.description().map(text));
    }

    private static String title(String title, ParagraphTypography typography, SourcePosition at,
                                Diagnostics diagnostics, Tally tally) {
        int before = tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS);
        String out = typography.apply(title, tally);
        warnInvisible(tally.get(TypographyReport.Rule.INVISIBLE_CHARACTERS) - before, at, diagnostics);
        return out;
    }

    /** Reports invisible characters removed from the text at {@code at}. */
    private static void warnInvisible(int removed, SourcePosition at, Diagnostics diagnostics) {
        if (removed > 0) {
            diagnostics.warning(at, "removed " + removed + " zero-width or control character(s) from the text. "
                    + "Delete them from the source to silence this warning.");
        }
    }
}
