package org.anthology.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;

/**
 * Normalizes headings the same way for every reader: strips scraper residue (trailing {@code #}s, a trailing
 * colon, surrounding white space), drops an opening heading that repeats the chapter title, and re-levels the rest
 * so content headings start at level 2 (the chapter title is level 1) and never skip a level.
 */
public final class HeadingNormalizer implements Normalizer {

    private static final int MAX_LEVEL = 6;

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        List<Chapter> chapters = new ArrayList<>();
        for (Chapter chapter : in.chapters()) {
            chapters.add(chapter.withBlocks(normalize(chapter)));
        }
        return in.withChapters(chapters);
    }

    private static List<Block> normalize(Chapter chapter) {
        List<Block> out = new ArrayList<>();
        // Maps each open original level to its new level: a jump of two levels becomes a step of one.
        Deque<int[]> open = new ArrayDeque<>();
        boolean first = true;
        for (Block block : chapter.blocks()) {
            if (block instanceof Block.Heading heading) {
                Block.Heading clean = clean(heading);
                if (first && sameTitle(clean.text(), chapter.title())) {
                    first = false;
                    continue;
                }
                while (!open.isEmpty() && open.peek()[0] >= clean.level()) {
                    open.pop();
                }
                int level = Math.min(MAX_LEVEL, open.isEmpty() ? 2 : open.peek()[1] + 1);
                open.push(new int[] {clean.level(), level});
                out.add(clean.withLevel(level));
            } else {
                out.add(block);
            }
            first = false;
        }
        return out;
    }

    private static Block.Heading clean(Block.Heading heading) {
        List<Inline> content = new ArrayList<>(heading.content());
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof Inline.Text last) {
            String text = last.text().replaceFirst("[\\s#]+$", "").replaceFirst("\\s*:$", "").stripTrailing();
            content.set(content.size() - 1, new Inline.Text(text));
        }
        if (!content.isEmpty() && content.get(0) instanceof Inline.Text firstText) {
            content.set(0, new Inline.Text(firstText.text().stripLeading()));
        }
        return new Block.Heading(heading.level(), content, heading.id(), heading.position());
    }

    private static boolean sameTitle(String heading, String title) {
        return squash(heading).equals(squash(title));
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }
}
