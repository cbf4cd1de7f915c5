package org.anthology.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.PerChapter;
import org.anthology.model.Walk;

/**
 * Normalizes headings the same way for every reader: strips scraper residue (trailing {@code #}s, a trailing
 * colon, surrounding white space), drops an opening heading that repeats the chapter title, and re-levels the rest
 * so content headings start at level 2 (the chapter title is level 1) and never skip a level. The author's
 * capitalization and numbering are kept; with {@code stripNumbering} a leading {@code II. }, {@code 3. },
 * {@code 2.1 } or {@code Chapter 7: } is removed, each removal recorded as a decision.
 */
public final class HeadingNormalizer implements Normalizer {

    private static final Pattern TRAILING_HASHES = Pattern.compile("[\\s#]+$");
    private static final Pattern TRAILING_COLON = Pattern.compile("\\s*:$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+");

    private static final int MAX_LEVEL = 6;
    /** Section numbers and chapter or part numbers, with the punctuation that separates them from the title. */
    private static final Pattern NUMBERING = Pattern.compile("^\\s*((?:(?i:chapter|part)\\s+(?:\\d{1,3}|[IVXLCDM]+"
            + "|(?i:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:-[a-z]+)?))"
            + "\\s*[:.—–-]|(?:[IVXLCDM]+|\\d{1,3})[.)]|\\d{1,3}(?:\\.\\d{1,3})+\\.?)\\s+)(?=\\S)");

    private final boolean stripNumbering;
    private final PerChapter tasks;

    /** A normalizer that keeps the headings' numbering. */
    public HeadingNormalizer() {
        this(false);
    }

    /** A normalizer that removes leading numbering from headings when {@code stripNumbering} is true. */
    public HeadingNormalizer(boolean stripNumbering) {
        this(stripNumbering, PerChapter.sequential());
    }

    /** As {@link #HeadingNormalizer(boolean)}, each chapter's headings normalized as one of {@code tasks}. */
    public HeadingNormalizer(boolean stripNumbering, PerChapter tasks) {
        this.stripNumbering = stripNumbering;
        this.tasks = tasks;
    }

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        // A chapter's headings are levelled against its own title and headings alone.
        return in.withChapters(tasks.mapPure(in.chapters(), diagnostics,
                (chapter, own) -> chapter.withBlocks(normalize(chapter, own))));
    }

    private List<Block> normalize(Chapter chapter, Diagnostics diagnostics) {
        List<Block> out = new ArrayList<>();
        // Maps each open original level to its new level: a jump of two levels becomes a step of one.
        Deque<int[]> open = new ArrayDeque<>();
        boolean first = true;
        for (Block block : chapter.blocks()) {
            if (block instanceof Block.Heading heading) {
                Block.Heading clean = clean(heading);
                if (stripNumbering) {
                    clean = withoutNumbering(clean, diagnostics);
                }
                if (first && sameTitle(clean.text(), chapter.title())) {
                    first = false;
                    warnTitleImages(heading, diagnostics);
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
            String hashesGone = TRAILING_HASHES.matcher(last.text()).replaceFirst("");
            String text = TRAILING_COLON.matcher(hashesGone).replaceFirst("").stripTrailing();
            content.set(content.size() - 1, new Inline.Text(text));
        }
        if (!content.isEmpty() && content.get(0) instanceof Inline.Text firstText) {
            content.set(0, new Inline.Text(firstText.text().stripLeading()));
        }
        return new Block.Heading(heading.level(), content, heading.attributes(), heading.position());
    }

    private static Block.Heading withoutNumbering(Block.Heading heading, Diagnostics diagnostics) {
        if (heading.content().isEmpty() || !(heading.content().get(0) instanceof Inline.Text first)) {
            return heading;
        }
        Matcher m = NUMBERING.matcher(first.text());
        if (!m.find()) {
            return heading;
        }
        List<Inline> content = new ArrayList<>(heading.content());
        content.set(0, new Inline.Text(first.text().substring(m.end())));
        diagnostics.decided(heading.position(), "heading numbered '" + m.group(1).strip() + "'",
                "heading without its number", "strip-numbering");
        return new Block.Heading(heading.level(), content, heading.attributes(), heading.position());
    }

    /** A chapter title is text in both editions and the table of contents: its images give only their alt text. */
    private static void warnTitleImages(Block.Heading heading, Diagnostics diagnostics) {
        for (Inline inline : Walk.leaves(heading.content())) {
            if (inline instanceof Inline.Image image) {
                diagnostics.warning(heading.position(), "image '" + image.file().getFileName() + "' in the chapter "
                        + "title is not shown: a chapter title is text, so its alt text stands in. Put the image in a "
                        + "paragraph under the title");
            }
        }
    }

    private static boolean sameTitle(String heading, String title) {
        return squash(heading).equals(squash(title));
    }

    private static String squash(String s) {
        return PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
