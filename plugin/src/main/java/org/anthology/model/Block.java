package org.anthology.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block of a chapter's body. Every block carries the {@link SourcePosition} it was read from.
 */
public sealed interface Block {

    /** Where this block starts in its source file. */
    SourcePosition position();

    /** Dispatches to the visitor method for this node's type. */
    <R> R accept(Visitor<R> visitor);

    /** One method per block type, so a new type is a compile error in every renderer that forgets it. */
    interface Visitor<R> {
        R visitHeading(Heading heading);

        R visitParagraph(Paragraph paragraph);

        R visitBlockQuote(BlockQuote blockQuote);

        R visitListBlock(ListBlock listBlock);

        R visitCodeBlock(CodeBlock codeBlock);

        R visitSceneBreak(SceneBreak sceneBreak);

        R visitTable(Table table);

        R visitNote(Note note);

        R visitLineBlock(LineBlock lineBlock);
    }

    /**
     * A section heading inside a chapter. Level 1 is the chapter title level; after normalization content headings
     * are level 2 and deeper. Its {@link Attributes#id()} is empty until the anchor normalizer gives every heading a
     * book-unique id; its language and direction, when set, override the chapter's.
     */
    record Heading(int level, List<Inline> content, Attributes attributes, SourcePosition position) implements Block {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1..6, was " + level);
            }
            content = List.copyOf(content);
            Objects.requireNonNull(attributes, "attributes");
            Objects.requireNonNull(position, "position");
        }

        /** A heading with only an id ({@code ""}: none yet) and no other attributes. */
        public Heading(int level, List<Inline> content, String id, SourcePosition position) {
            this(level, content, Attributes.ofId(id), position);
        }

        /** The anchor id, or {@code ""} before the anchor normalizer ran; {@code attributes().id()} says it typed. */
        public String id() {
            return attributes.idOrEmpty();
        }

        /** The heading's text with markup dropped. */
        public String text() {
            return Inline.plainText(content);
        }

        /** The same heading at another level. */
        public Heading withLevel(int newLevel) {
            return new Heading(newLevel, content, attributes, position);
        }

        /** The same heading with an anchor id. */
        public Heading withId(String newId) {
            return new Heading(level, content, attributes.withId(newId), position);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitHeading(this);
        }
    }

    /** A paragraph of running text; its language and direction, when set, override the chapter's. */
    record Paragraph(List<Inline> content, Attributes attributes, SourcePosition position) implements Block {
        public Paragraph {
            content = List.copyOf(content);
            Objects.requireNonNull(attributes, "attributes");
            Objects.requireNonNull(position, "position");
        }

        /** A paragraph without attributes. */
        public Paragraph(List<Inline> content, SourcePosition position) {
            this(content, Attributes.NONE, position);
        }

        /** The same paragraph around other content. */
        public Paragraph withContent(List<Inline> newContent) {
            return new Paragraph(newContent, attributes, position);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitParagraph(this);
        }
    }

    /** A quotation set off from the text. */
    record BlockQuote(List<Block> blocks, SourcePosition position) implements Block {
        public BlockQuote {
            blocks = List.copyOf(blocks);
            Objects.requireNonNull(position, "position");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBlockQuote(this);
        }
    }

    /** A bulleted or numbered list; each item is a list of blocks. */
    record ListBlock(boolean ordered, int start, List<List<Block>> items, SourcePosition position) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
            Objects.requireNonNull(position, "position");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListBlock(this);
        }
    }

    /** Preformatted code; {@code language} is the info string, empty when none was given. */
    record CodeBlock(String language, String code, SourcePosition position) implements Block {
        public CodeBlock {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(position, "position");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCodeBlock(this);
        }
    }

    /** A scene or section break shown as a gap or ornament. */
    record SceneBreak(SourcePosition position) implements Block {
        public SceneBreak {
            Objects.requireNonNull(position, "position");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSceneBreak(this);
        }
    }

    /**
     * A table: rows of cells, the header rows first, and how each column's cells are aligned (a column past the end
     * of {@code alignments} has the default). Every row has at least one cell.
     */
    record Table(List<Row> rows, List<Alignment> alignments, SourcePosition position) implements Block {
        public Table {
            rows = List.copyOf(rows);
            alignments = List.copyOf(alignments);
            Objects.requireNonNull(position, "position");
        }

        /** A table whose columns all have the default alignment. */
        public Table(List<Row> rows, SourcePosition position) {
            this(rows, List.of(), position);
        }

        /** How a column's cells stand in it: as the text's direction has it, or flush left, centred, flush right. */
        public enum Alignment { DEFAULT, LEFT, CENTRE, RIGHT }

        /** The alignment of column {@code column} (0-based). */
        public Alignment alignment(int column) {
            return column < alignments.size() ? alignments.get(column) : Alignment.DEFAULT;
        }

        /** One row; {@code header} rows label the columns. */
        public record Row(boolean header, List<List<Inline>> cells) {
            public Row {
                cells = cells.stream().map(List::copyOf).toList();
                if (cells.isEmpty()) {
                    throw new IllegalArgumentException("a table row needs at least one cell");
                }
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTable(this);
        }
    }

    /**
     * Lines whose breaks belong to the text, as in verse or an address: each line is kept as written and set flush
     * left, never justified; a line too long for the measure turns onto the next with an indent. One stanza is one
     * line block.
     */
    record LineBlock(List<List<Inline>> lines, SourcePosition position) implements Block {
        public LineBlock {
            lines = lines.stream().map(List::copyOf).toList();
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("a line block needs at least one line");
            }
            Objects.requireNonNull(position, "position");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLineBlock(this);
        }
    }

    /**
     * A footnote's text, referenced by {@link Inline.NoteReference}s with the same {@code label}, the author's label
     * ({@code [^source]}). {@code number} is empty until the note normalizer numbers the notes in reading order, and
     * the {@link Attributes#id()} is empty until it makes the id book-unique.
     */
    record Note(String label, Optional<String> number, Attributes attributes, List<Block> blocks,
            SourcePosition position) implements Block {
        public Note {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(attributes, "attributes");
            blocks = List.copyOf(blocks);
            Objects.requireNonNull(position, "position");
        }

        /** A note with only an id ({@code ""}: none yet) and no other attributes. */
        public Note(String label, Optional<String> number, String id, List<Block> blocks, SourcePosition position) {
            this(label, number, Attributes.ofId(id), blocks, position);
        }

        /** The anchor id, or {@code ""} before the note normalizer ran; {@code attributes().id()} says it typed. */
        public String id() {
            return attributes.idOrEmpty();
        }

        /** A note as the author wrote it, not yet numbered. */
        public Note(String label, String id, List<Block> blocks, SourcePosition position) {
            this(label, Optional.empty(), id, blocks, position);
        }

        /** What the editions print for the note: its number, or the author's label for a note never numbered. */
        public String mark() {
            return number.orElse(label);
        }

        /** The same note around other blocks. */
        public Note withBlocks(List<Block> newBlocks) {
            return new Note(label, number, attributes, newBlocks, position);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNote(this);
        }
    }
}
