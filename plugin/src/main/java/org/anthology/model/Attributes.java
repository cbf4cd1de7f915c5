package org.anthology.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a node says about itself beyond its content, as pandoc's {@code Attr}: an anchor id, classes, key-value
 * pairs, and the two that every edition must honour, the language and the writing direction. Every part is
 * optional; {@link #NONE} is a node that says nothing, so "no id yet" is an empty {@link #id()}, never {@code ""}.
 *
 * @param id         the book-unique anchor, empty until a normalizer or reader gives one
 * @param classes    style classes in the author's order
 * @param keyValues  other key-value pairs, sorted by key so the editions write them in a fixed order
 * @param language   a BCP 47 tag when this node's language differs from (or restates) its chapter's
 * @param direction  the writing direction when known; editions guess from the characters only when empty
 */
public record Attributes(Optional<String> id, List<String> classes, SortedMap<String, String> keyValues,
        Optional<String> language, Optional<Direction> direction) {

    /** A node that says nothing about itself. */
    public static final Attributes NONE = new Attributes(Optional.empty(), List.of(), new TreeMap<>(),
            Optional.empty(), Optional.empty());

    /** Which way a run of text is read. */
    public enum Direction {
        /** Left to right (Latin, Greek, Cyrillic, ...). */
        LTR,
        /** Right to left (Hebrew, Arabic, ...). */
        RTL;

        /** The value of an HTML {@code dir} attribute. */
        public String html() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Attributes {
        Objects.requireNonNull(id, "id");
        id.ifPresent(value -> {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("an id is never empty: use Optional.empty() for no id");
            }
        });
        classes = List.copyOf(classes);
        // Most nodes have none: they share one empty map rather than keep a tree map each, for every note and link.
        keyValues = keyValues.isEmpty() ? java.util.Collections.emptySortedMap()
                : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(keyValues));
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(direction, "direction");
    }

    /** Attributes with only an id; {@code ""} (the old "no id yet") gives {@link #NONE}. */
    public static Attributes ofId(String id) {
        return NONE.withId(id);
    }

    /** The same attributes with another id; {@code ""} removes it. */
    public Attributes withId(String newId) {
        Objects.requireNonNull(newId, "newId");
        return new Attributes(newId.isEmpty() ? Optional.empty() : Optional.of(newId), classes, keyValues,
                language, direction);
    }

    /** The same attributes with a language tag. */
    public Attributes withLanguage(String newLanguage) {
        return new Attributes(id, classes, keyValues, Optional.of(newLanguage), direction);
    }

    /** The same attributes with a writing direction. */
    public Attributes withDirection(Direction newDirection) {
        return new Attributes(id, classes, keyValues, language, Optional.of(newDirection));
    }

    /** The same attributes with one more key-value pair. */
    public Attributes with(String key, String value) {
        Map<String, String> more = new TreeMap<>(keyValues);
        more.put(key, value);
        return new Attributes(id, classes, new TreeMap<>(more), language, direction);
    }

    /** The id, or {@code ""} when there is none: for writers that test {@code isEmpty()}. */
    public String idOrEmpty() {
        return id.orElse("");
    }

    /**
     * The attributes as the model printer writes them, each with a leading space ({@code " #id .class lang=he
     * dir=rtl key=value"}), or {@code ""} when nothing is set.
     */
    public String printed() {
        StringBuilder out = new StringBuilder();
        id.ifPresent(value -> out.append(" #").append(value));
        classes.forEach(value -> out.append(" .").append(value));
        language.ifPresent(value -> out.append(" lang=").append(value));
        direction.ifPresent(value -> out.append(" dir=").append(value.html()));
        keyValues.forEach((key, value) -> out.append(' ').append(key).append('=').append(value));
        return out.toString();
    }

    /** True when nothing is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
