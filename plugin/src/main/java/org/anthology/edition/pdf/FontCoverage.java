package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.Part;
import org.anthology.model.PerChapter;
import org.anthology.model.SourcePosition;

/**
 * Finds the characters of a book that no configured font covers, block by block, so each can be reported with the
 * file and line it was written on before any page is laid out. A character is reported once per block.
 *
 * <p>The fonts are asked about each distinct character of the book once: a first pass collects them, and only when
 * some are uncovered does a second pass look for the blocks that hold them, which a book its fonts cover never needs.
 */
final class FontCoverage implements Block.Visitor<Void> {

    private final FontSet fonts;
    private BiConsumer<String, SourcePosition> sink = (text, at) -> { };

    FontCoverage(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * Every code point of {@code book}'s text, titles, notes and tables included. Each text is copied out once and its
     * characters of the Basic Multilingual Plane marked in a plain array of 65,536 bits; only surrogate pairs are
     * read as code points.
     */
    static BitSet characters(Anthology book) {
        return characters(book, PerChapter.sequential());
    }

    /** As {@link #characters(Anthology)}, each chapter's on one of {@code tasks}' threads. */
    static BitSet characters(Anthology book, PerChapter tasks) {
        List<BitSet> chapters = tasks.mapPure(book.chapters(), new Diagnostics(),
                (chapter, unused) -> collect(collect -> collect.visit(chapter)));
        BitSet used = collect(collect -> book.parts().forEach(collect::visit));
        chapters.forEach(used::or);
        return used;
    }

    /** The code points of the texts {@code visiting} has a collector visit. */
    private static BitSet collect(Consumer<FontCoverage> visiting) {
        long[] basic = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
        BitSet beyond = new BitSet();
        FontCoverage collect = new FontCoverage(null);
        collect.sink = (text, at) -> mark(text.toCharArray(), basic, beyond);
        visiting.accept(collect);
        BitSet used = BitSet.valueOf(basic);
        used.or(beyond);
        return used;
    }

    private static void mark(char[] chars, long[] basic, BitSet beyond) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                beyond.set(Character.toCodePoint(c, chars[++i]));
            } else {
                basic[c >>> 6] |= 1L << c;
            }
        }
    }

    /** The uncovered characters of {@code book}, in reading order. */
    List<UncoveredCharacter> uncovered(Anthology book) {
        return uncovered(book, characters(book));
    }

    /** As {@link #uncovered(Anthology)}, with {@code characters}, every code point of {@code book}, known. */
    List<UncoveredCharacter> uncovered(Anthology book, BitSet characters) {
        BitSet lacking = lacking(characters);
        if (lacking.isEmpty()) {
            return List.of();
        }
        Set<UncoveredCharacter> found = new LinkedHashSet<>();
        List<String> families = fonts.families();
        sink = (text, at) -> text.codePoints().filter(lacking::get)
                .forEach(c -> found.add(new UncoveredCharacter(at, c, families)));
        visit(book);
        return new ArrayList<>(found);
    }

    /** The code points of {@code characters} that no configured family shows. */
    private BitSet lacking(BitSet characters) {
        StringBuilder text = new StringBuilder();
        // A space after each keeps two lone surrogates from joining into a pair; spaces are never reported.
        characters.stream().forEach(c -> text.appendCodePoint(c).append(' '));
        BitSet lacking = new BitSet();
        fonts.uncoveredCodePoints(text.toString()).forEach(lacking::set);
        return lacking;
    }

    private void visit(Anthology book) {
        book.chapters().forEach(this::visit);
        book.parts().forEach(this::visit);
    }

    private void visit(Chapter chapter) {
        check(chapter.title(), chapter.source());
        chapter.author().ifPresent(author -> check(author, chapter.source()));
        chapter.details().subtitle().ifPresent(s -> check(s, chapter.source()));
        chapter.details().epigraph().ifPresent(e -> {
            check(e.text(), chapter.source());
            e.attribution().ifPresent(a -> check(a, chapter.source()));
        });
        chapter.blocks().forEach(block -> block.accept(this));
    }

    private void visit(Part part) {
        check(part.title(), part.source());
        part.subtitle().ifPresent(s -> check(s, part.source()));
        part.introduction().forEach(block -> block.accept(this));
    }

    @Override
    public Void visitHeading(Block.Heading heading) {
        check(Inline.plainText(heading.content()), heading.position());
        return null;
    }

    @Override
    public Void visitParagraph(Block.Paragraph paragraph) {
        check(Inline.plainText(paragraph.content()), paragraph.position());
        return null;
    }

    @Override
    public Void visitLineBlock(Block.LineBlock lineBlock) {
        lineBlock.lines().forEach(line -> check(Inline.plainText(line), lineBlock.position()));
        return null;
    }

    @Override
    public Void visitBlockQuote(Block.BlockQuote blockQuote) {
        blockQuote.blocks().forEach(block -> block.accept(this));
        return null;
    }

    @Override
    public Void visitListBlock(Block.ListBlock listBlock) {
        listBlock.items().forEach(item -> item.forEach(block -> block.accept(this)));
        return null;
    }

    @Override
    public Void visitCodeBlock(Block.CodeBlock codeBlock) {
        check(codeBlock.code(), codeBlock.position());
        return null;
    }

    @Override
    public Void visitSceneBreak(Block.SceneBreak sceneBreak) {
        return null;
    }

    @Override
    public Void visitTable(Block.Table table) {
        table.rows().forEach(row -> row.cells().forEach(cell -> check(Inline.plainText(cell), table.position())));
        return null;
    }

    @Override
    public Void visitNote(Block.Note note) {
        check(note.mark(), note.position());
        note.blocks().forEach(block -> block.accept(this));
        return null;
    }

    private void check(String text, SourcePosition position) {
        sink.accept(text, position);
    }
}
