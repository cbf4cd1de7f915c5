package org.anthology.model;

import java.util.List;
import java.util.Objects;

/**
 * Inline content of a block: text runs and the spans that wrap them. Readers produce these; normalizers rewrite
 * them; editions render them through {@link Visitor}.
 */
public sealed interface Inline {

    /** Dispatches to the visitor method for this node's type. */
    <R> R accept(Visitor<R> visitor);

    /** One method per inline type, so a new type is a compile error in every renderer that forgets it. */
    interface Visitor<R> {
        R visitText(Text text);

        R visitEmphasis(Emphasis emphasis);

        R visitStrong(Strong strong);

        R visitCode(Code code);

        R visitLink(Link link);

        R visitLineBreak(LineBreak lineBreak);

        R visitNoteReference(NoteReference noteReference);

        R visitImage(Image image);

        R visitSubscript(Subscript subscript);

        R visitSuperscript(Superscript superscript);

        R visitStrikeout(Strikeout strikeout);
    }

    /**
     * An inline that wraps other inlines. {@link Walk} descends into every span through this interface, so a new
     * span type needs no edit in code that only cares about what is inside it.
     */
    sealed interface Span extends Inline permits Emphasis, Strong, Link, Strikeout, Subscript,
            Superscript {
        /** The wrapped inlines. */
        List<Inline> content();

        /** The same span around other content. */
        Span withContent(List<Inline> newContent);
    }

    /** Plain text, as the reader found it and the normalizers left it. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitText(this);
        }
    }

    /** Emphasized (usually italic) content. */
    record Emphasis(List<Inline> content) implements Span {
        public Emphasis {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEmphasis(this);
        }

        @Override
        public Emphasis withContent(List<Inline> newContent) {
            return new Emphasis(newContent);
        }
    }

    /** Strongly emphasized (usually bold) content. */
    record Strong(List<Inline> content) implements Span {
        public Strong {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStrong(this);
        }

        @Override
        public Strong withContent(List<Inline> newContent) {
            return new Strong(newContent);
        }
    }

    /** A code span: its text is never touched by typography. */
    record Code(String code) implements Inline {
        public Code {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCode(this);
        }
    }

    /** A hyperlink; the target is kept verbatim. */
    record Link(String target, List<Inline> content) implements Span {
        public Link {
            Objects.requireNonNull(target, "target");
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLink(this);
        }

        @Override
        public Link withContent(List<Inline> newContent) {
            return new Link(target, newContent);
        }
    }

    /** Struck-through content: text the author marks as deleted, which must read as deleted in every edition. */
    record Strikeout(List<Inline> content) implements Span {
        public Strikeout {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStrikeout(this);
        }

        @Override
        public Strikeout withContent(List<Inline> newContent) {
            return new Strikeout(newContent);
        }
    }

    /** A hard line break inside a block. */
    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLineBreak(this);
        }
    }

    /**
     * A reference to a note ({@link Block.Note}) by the author's {@code label}; {@code number} is empty until the note
     * normalizer numbers it, and the {@link Attributes#id()} empty until it makes it book-unique, the same id the note
     * carries.
     */
    record NoteReference(String label, java.util.Optional<String> number, Attributes attributes) implements Inline {
        public NoteReference {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(attributes, "attributes");
        }

        /** A reference with only an id ({@code ""}: none yet) and no other attributes. */
        public NoteReference(String label, java.util.Optional<String> number, String id) {
            this(label, number, Attributes.ofId(id));
        }

        /** The note's id, or {@code ""} before the note normalizer ran; {@code attributes().id()} says it typed. */
        public String id() {
            return attributes.idOrEmpty();
        }

        /** A reference as the author wrote it, not yet numbered. */
        public NoteReference(String label, String id) {
            this(label, java.util.Optional.empty(), id);
        }

        /** What the editions print: the note's number, or the author's label for a reference never numbered. */
        public String mark() {
            return number.orElse(label);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNoteReference(this);
        }
    }

    /**
     * An image the book carries: {@code file} is the resolved local file (the reader checked it exists),
     * {@code mediaType} its type, {@code alt} the text that stands in for it.
     */
    record Image(java.nio.file.Path file, String mediaType, String alt) implements Inline {
        public Image {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(alt, "alt");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitImage(this);
        }
    }

    /** Content set below the baseline, smaller: the 2 of H₂O, an index. */
    record Subscript(List<Inline> content) implements Span {
        public Subscript {
            content = List.copyOf(content);
        }

        @Override
        public Subscript withContent(List<Inline> newContent) {
            return new Subscript(newContent);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSubscript(this);
        }
    }

    /** Content set above the baseline, smaller: the th of 19th, an exponent (note references have their own node). */
    record Superscript(List<Inline> content) implements Span {
        public Superscript {
            content = List.copyOf(content);
        }

        @Override
        public Superscript withContent(List<Inline> newContent) {
            return new Superscript(newContent);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSuperscript(this);
        }
    }

    /** The text of inlines with all markup dropped: for titles, metadata and word counts. */
    static String plainText(List<Inline> inlines) {
        // Most paragraphs are one run of text, whose text is the string itself: copying it through a builder, twice,
        // took about a fifth of the word count of a long book.
        if (inlines.size() == 1) {
            return inlines.get(0).accept(PlainText.INSTANCE);
        }
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            out.append(inline.accept(PlainText.INSTANCE));
        }
        return out.toString();
    }
}
