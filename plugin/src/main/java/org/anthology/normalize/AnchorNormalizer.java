package org.anthology.normalize;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Walk;

/**
 * Gives every heading an id unique across the whole book, made from its chapter's id and its text
 * ({@code ch02-early-days}), so EPUB fragments, PDF destinations and the table of contents all agree.
 */
public final class AnchorNormalizer implements Normalizer {

    private static final int MAX_SLUG = 48;

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>();
        in.chapters().forEach(c -> used.add(c.id()));
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : in.chapters()) {
            int[] index = {0};
            chapters.add(chapter.withBlocks(Walk.mapBlocks(chapter.blocks(), Block.Heading.class, heading ->
                    heading.withId(unique(chapter.id() + "-" + slug(heading.text(), ++index[0]), used)))));
        }
        return in.withChapters(chapters);
    }

    /** Lower-case ASCII words joined by hyphens; a heading with no Latin letters gets a numbered id. */
    static String slug(String text, int index) {
        String ascii = java.text.Normalizer.normalize(text, Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "s" + index : slug;
    }

    static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
