package org.anthology.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.PerChapter;
import org.anthology.model.Walk;
import org.anthology.model.SourcePosition;

/**
 * Resolves links between the texts of the book. A link to another manuscript ({@code 02-later.md},
 * {@code ../texts/02-later.md#a-section}) becomes a fragment link ({@code #ch02}, {@code #ch02-a-section}) to that
 * chapter or heading; a fragment link is matched to a heading of its chapter. A relative link to a file that is not
 * in the book, or to a fragment that does not exist, becomes plain text with a warning, so no edition carries a
 * broken link. Links to the web and mail (http:, https:, mailto:) are left alone; any other scheme
 * ({@code javascript:}, {@code data:}, {@code file:}) becomes plain text with a warning. Runs after the anchor normalizer.
 */
public final class LinkNormalizer implements Normalizer {

    private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\s\\u0000-\\u001F]");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    /** Schemes a reader can follow safely: a web page or a letter, never code (javascript:, data:). */
    private static final List<String> KEPT_SCHEMES = List.of("http:", "https:", "mailto:");

    private final PerChapter tasks;

    /** Links resolved on the calling thread. */
    public LinkNormalizer() {
        this(PerChapter.sequential());
    }

    /** Each chapter's headings listed, then its links resolved, as one of {@code tasks}. */
    public LinkNormalizer(PerChapter tasks) {
        this.tasks = tasks;
    }

    @Override
    public Anthology apply(Anthology in, Diagnostics diagnostics) {
        Targets targets = new Targets(in.chapters(), tasks.mapPure(in.chapters(), diagnostics,
                (chapter, own) -> Targets.headings(chapter)));
        return in.withChapters(tasks.mapPure(in.chapters(), diagnostics, (chapter, own) ->
                !Walk.holdsInline(chapter.blocks(), Inline.Link.class) ? chapter
                        : chapter.withBlocks(Walk.mapInlineLists(chapter.blocks(),
                                (inlines, at) -> rewrite(inlines, at, chapter, targets, own)))));
    }

    private static List<Inline> rewrite(List<Inline> inlines, SourcePosition at, Chapter chapter, Targets targets,
                                        Diagnostics diagnostics) {
        return Walk.mapInlines(inlines, Inline.Link.class, link -> {
            String target = link.target();
            String squeezed = SPACE_OR_CONTROL.matcher(target).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            if (SCHEME.matcher(squeezed).matches()) {
                if (KEPT_SCHEMES.stream().anyMatch(squeezed::startsWith)) {
                    return List.of(link);
                }
                diagnostics.warning(at, "link to a " + squeezed.substring(0, squeezed.indexOf(':') + 1)
                        + " URL was set as plain text; only http:, https: and mailto: links are kept. Link to a "
                        + "web page instead");
                return link.content();
            }
            String resolved = targets.resolve(chapter, target);
            if (resolved == null) {
                diagnostics.warning(at, "link to '" + target
                        + "' points to nothing in the book and was set as plain text. Link to a chapter's "
                        + "file or a heading, or to a full URL");
                return link.content();
            }
            diagnostics.decided(at, "link to '" + target + "'", "link to " + resolved, "internal-link");
            return List.of(new Inline.Link(resolved, link.content()));
        });
    }

    /** Which ids exist in the book, by chapter, and which source file each chapter came from. */
    private static final class Targets {
        private final Map<String, String> chapterBySource = new HashMap<>();
        private final Map<String, Set<String>> idsByChapter = new HashMap<>();
        private final Map<String, GithubSlugs> slugsByChapter = new HashMap<>();

        /** The targets of {@code chapters}, given each one's {@link #headings}. */
        Targets(List<Chapter> chapters, List<Headings> headings) {
            for (int i = 0; i < chapters.size(); i++) {
                Chapter chapter = chapters.get(i);
                chapterBySource.put(normalize(chapter.source().file()), chapter.id());
                idsByChapter.put(chapter.id(), headings.get(i).ids());
                slugsByChapter.put(chapter.id(), headings.get(i).slugs());
            }
        }

        /** A chapter's ids (its own and its headings') and its headings' GitHub anchors. */
        record Headings(Set<String> ids, GithubSlugs slugs) {
        }

        static Headings headings(Chapter chapter) {
            Set<String> ids = new HashSet<>();
            ids.add(chapter.id());
            // The chapter's title was the text's first heading, so it comes first in GitHub's numbering.
            GithubSlugs slugs = new GithubSlugs();
            slugs.add(chapter.title(), chapter.id());
            Walk.blocks(chapter.blocks(), Block.Heading.class).forEach(heading -> {
                ids.add(heading.id());
                slugs.add(heading.text(), heading.id());
            });
            return new Headings(ids, slugs);
        }

        /** The fragment link for {@code target} written in {@code chapter}, or null when it points nowhere. */
        String resolve(Chapter chapter, String target) {
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String fragment = hash < 0 ? "" : target.substring(hash + 1);
            String chapterId = chapter.id();
            if (!path.isEmpty()) {
                String dir = chapter.source().file().contains("/")
                        ? chapter.source().file().substring(0, chapter.source().file().lastIndexOf('/') + 1) : "";
                chapterId = chapterBySource.get(normalize(dir + path));
                if (chapterId == null) {
                    return null;
                }
            }
            if (fragment.isEmpty()) {
                return "#" + chapterId;
            }
            Set<String> ids = idsByChapter.get(chapterId);
            for (String candidate : List.of(fragment, chapterId + "-" + fragment,
                    chapterId + "-" + AnchorNormalizer.slug(fragment, 0))) {
                if (ids.contains(candidate)) {
                    return "#" + candidate;
                }
            }
            String github = slugsByChapter.get(chapterId).id(decode(fragment));
            return github == null ? null : "#" + github;
        }

        /** A fragment as written in a URL: {@code %C3%BCber} is {@code über}. */
        private static String decode(String fragment) {
            try {
                return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return fragment;
            }
        }

        private static String normalize(String path) {
            List<String> parts = new ArrayList<>();
            for (String part : path.replace('\\', '/').split("/")) {
                if (part.equals("..") && !parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                } else if (!part.isEmpty() && !part.equals(".")) {
                    parts.add(part);
                }
            }
            return String.join("/", parts);
        }
    }
}
