package org.anthology.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.model.Chapter;
import org.anthology.model.Contributor;
import org.anthology.model.Credits;
import org.anthology.model.Epigraph;

/**
 * What a chapter's contents-file entry and front matter say about it beyond its text: authors (with bio and sort
 * name), subtitle, epigraph, source, rights and language. Both are read in the same shape, and a key the contents
 * file sets wins over the front matter's; {@code author} and {@code authors} count as one key.
 */
final class ChapterFields {

    private final Map<String, Object> fields;

    private ChapterFields(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** The entry's fields over the front matter's. */
    static ChapterFields merge(Map<String, Object> frontMatter, Map<String, Object> contents) {
        Map<String, Object> merged = new LinkedHashMap<>(frontMatter);
        if (contents.containsKey("author") || contents.containsKey("authors")) {
            merged.remove("author");
            merged.remove("authors");
        }
        if (contents.containsKey("language")) {
            merged.remove("lang");
        }
        merged.putAll(contents);
        return new ChapterFields(merged);
    }

    /** The chapter's authors in order; {@code bio} and {@code file-as} beside a single author are that author's. */
    List<Contributor> authors() {
        List<Contributor> out = new ArrayList<>();
        Object listed = fields.containsKey("authors") ? fields.get("authors") : fields.get("author");
        List<?> items = listed instanceof List<?> list ? list : listed == null ? List.of() : List.of(listed);
        for (Object item : items) {
            if (item instanceof Map<?, ?> map) {
                text(map.get("name")).ifPresent(name -> out.add(new Contributor(name,
                        text(map.get("file-as")).orElseGet(() -> Credits.fileAs(name)), text(map.get("bio")))));
            } else {
                text(item).ifPresent(name -> out.add(Contributor.named(name)));
            }
        }
        if (out.size() == 1) {
            Contributor only = out.get(0);
            out.set(0, new Contributor(only.name(), text(fields.get("file-as")).orElse(only.fileAs()),
                    only.bio().or(() -> text(fields.get("bio")))));
        }
        return out;
    }

    /** Subtitle, epigraph, source and rights, for a chapter of {@code matter}. */
    Chapter.Details details(Chapter.Matter matter) {
        return new Chapter.Details(matter, text(fields.get("subtitle")), epigraph(), text(fields.get("source")),
                text(fields.get("rights")));
    }

    /** The chapter's language: {@code language}, or front matter's shorter {@code lang}. */
    Optional<String> language() {
        return text(fields.get("language")).or(() -> text(fields.get("lang")));
    }

    private Optional<Epigraph> epigraph() {
        Object value = fields.get("epigraph");
        if (value instanceof Map<?, ?> map) {
            return text(map.get("text")).map(t -> new Epigraph(t, text(map.get("attribution"))));
        }
        return text(value).map(t -> new Epigraph(t, Optional.empty()));
    }

    private static Optional<String> text(Object value) {
        if (value == null || value instanceof Map || value instanceof List) {
            return Optional.empty();
        }
        String s = value.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
