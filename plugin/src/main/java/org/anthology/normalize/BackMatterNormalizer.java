package org.anthology.normalize;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Contributor;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;
import org.anthology.model.Wording;

/**
 * Adds the generated back matter as chapters both editions set like any other: an Acknowledgments page listing
 * every text's source and rights line (when any text has one), and a Contributors page with each author once,
 * with the bio, sorted by sort name in the book's language (when any author has a bio). Runs last, so the text it
 * copies is already typeset.
 */
public final class BackMatterNormalizer implements Normalizer {

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Wording wording = in.wording();
        List<Chapter> chapters = new ArrayList<>(in.chapters());
        List<Chapter> body = in.chapters().stream().filter(c -> c.details().matter() == Chapter.Matter.BODY)
                .toList();
        List<Block> acknowledgments = acknowledgments(body, wording);
        if (!acknowledgments.isEmpty()) {
            chapters.add(page("acknowledgments", wording.get("acknowledgments"), acknowledgments,
                    Chapter.Matter.ACKNOWLEDGMENTS));
        }
        List<Block> contributors = contributors(body, Locale.forLanguageTag(in.metadata().language()));
        if (!contributors.isEmpty()) {
            chapters.add(page("contributors", wording.get("contributors"), contributors,
                    Chapter.Matter.CONTRIBUTORS));
        }
        return in.withChapters(chapters);
    }

    private static List<Block> acknowledgments(List<Chapter> body, Wording wording) {
        List<Block> out = new ArrayList<>();
        for (Chapter chapter : body) {
            Chapter.Details d = chapter.details();
            if (d.firstPublished().isEmpty() && d.rights().isEmpty()) {
                continue;
            }
            List<Inline> line = new ArrayList<>();
            line.add(new Inline.Emphasis(List.of(new Inline.Text(chapter.title()))));
            if (!chapter.authors().isEmpty()) {
                line.add(new Inline.Text(", " + wording.get("written-by", wording.join(chapter.authorNames()))));
            }
            line.add(new Inline.Text(". "));
            d.firstPublished().ifPresent(s -> line.add(new Inline.Text(wording.get("first-published", s) + " ")));
            d.rights().ifPresent(r -> line.add(new Inline.Text(r)));
            out.add(new Block.Paragraph(trimmed(line), chapter.source()));
        }
        return out;
    }

    private static List<Block> contributors(List<Chapter> body, Locale locale) {
        Map<String, Contributor> people = new LinkedHashMap<>();
        Map<String, SourcePosition> where = new LinkedHashMap<>();
        for (Chapter chapter : body) {
            for (Contributor author : chapter.authors()) {
                Contributor known = people.get(author.name());
                if (known == null || known.bio().isEmpty()) {
                    people.put(author.name(), author);
                    where.put(author.name(), chapter.source());
                }
            }
        }
        if (people.values().stream().allMatch(p -> p.bio().isEmpty())) {
            return List.of();
        }
        Collator collator = Collator.getInstance(locale);
        List<Block> out = new ArrayList<>();
        people.values().stream().sorted(Comparator.comparing(Contributor::fileAs, collator)).forEach(person -> {
            List<Inline> line = new ArrayList<>();
            line.add(new Inline.Strong(List.of(new Inline.Text(person.name()))));
            person.bio().ifPresent(bio -> line.add(new Inline.Text(" " + bio)));
            out.add(new Block.Paragraph(line, where.get(person.name())));
        });
        return out;
    }

    /** The last text run without the space left after it. */
    private static List<Inline> trimmed(List<Inline> line) {
        int last = line.size() - 1;
        if (line.get(last) instanceof Inline.Text text) {
            line.set(last, new Inline.Text(text.text().strip()));
        }
        return line;
    }

    private static Chapter page(String id, String title, List<Block> blocks, Chapter.Matter matter) {
        return new Chapter(id, title, List.of(), Optional.empty(), blocks, blocks.get(0).position(),
                Chapter.Details.NONE.withMatter(matter));
    }
}
