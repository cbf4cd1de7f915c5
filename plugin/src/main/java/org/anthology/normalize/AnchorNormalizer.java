package org.anthology.normalize;

import java.text.Normalizer.Form;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.PerChapter;
import org.anthology.model.Walk;

/**
 * Gives every heading an id unique across the whole book, made from its chapter's id and its text
 * ({@code ch02-early-days}), so EPUB fragments, PDF destinations and the table of contents all agree.
 *
 * <p>Each chapter's ids are made as one of the build's tasks, kept apart from the book's chapter ids and the
 * chapter's own earlier ids. An id begins with its chapter's id and a hyphen, so with the reader's chapter ids
 * ({@code ch01}, {@code ch02}, ...) no two chapters can make the same one; when a book's own ids allow it after all,
 * the chapters are given their ids again one after another, each id kept apart from every id before it. Either way
 * the ids are those of the one-after-another run: see {@link Unique}.
 */
public final class AnchorNormalizer implements Normalizer {

    private static final int MAX_SLUG = 48;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern END_HYPHENS = Pattern.compile("^-|-$");
    private static final Pattern LAST_WORD = Pattern.compile("-[^-]*$");

    private final PerChapter tasks;

    /** Ids made on the calling thread. */
    public AnchorNormalizer() {
        this(PerChapter.sequential());
    }

    /** Ids made for each chapter as one of {@code tasks}. */
    public AnchorNormalizer(PerChapter tasks) {
        this.tasks = tasks;
    }

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Set<String> chapterIds = new HashSet<>();
        in.chapters().forEach(c -> chapterIds.add(c.id()));
        List<Unique.Made<Chapter>> made = tasks.mapPure(in.chapters(), diagnostics, (chapter, own) -> {
            UsedIds used = new UsedIds(chapterIds);
            return new Unique.Made<>(withIds(chapter, used), used.added());
        });
        if (Unique.apart(made, chapterIds)) {
            return in.withChapters(made.stream().map(Unique.Made::result).toList());
        }
        UsedIds used = new UsedIds(chapterIds);
        return in.withChapters(in.chapters().stream().map(chapter -> withIds(chapter, used)).toList());
    }

    /** The chapter with every heading given an id not in {@code used}, each id added to it. */
    private static Chapter withIds(Chapter chapter, UsedIds used) {
        int[] index = {0};
        return chapter.withBlocks(Walk.mapBlocks(chapter.blocks(), Block.Heading.class, heading ->
                heading.withId(used.unique(chapter.id() + "-" + slug(heading.text(), ++index[0])))));
    }

    /** Lower-case ASCII words joined by hyphens; a heading with no Latin letters gets a numbered id. */
    static String slug(String text, int index) {
        // ASCII text has neither compatibility forms nor marks to take apart.
        String ascii = isAscii(text) ? text
                : MARKS.matcher(java.text.Normalizer.normalize(text, Form.NFKD)).replaceAll("");
        String slug = END_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        if (slug.length() > MAX_SLUG) {
            slug = LAST_WORD.matcher(slug.substring(0, MAX_SLUG)).replaceAll("");
        }
        return slug.isEmpty() ? "s" + index : slug;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
