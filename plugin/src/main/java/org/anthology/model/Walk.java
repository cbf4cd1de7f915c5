package org.anthology.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one generic traversal of the model, after pandoc's {@code walk} and {@code query}: stages that care about a
 * few node types name them here instead of writing their own walk. Queries go in reading order, a container before
 * what it holds; rewrites go bottom-up, so a function sees a span or container whose content is already rewritten.
 * Quotes, list items and notes are descended into; spans ({@link Inline.Span}) too, whatever their type. A rewrite
 * that changes nothing in a list hands back the very list, and a container or span whose content is unchanged
 * stays the same instance, so a normalizer that touches a few nodes does not rebuild the whole book.
 */
public final class Walk {

    private Walk() {
    }

    /** Every block of {@code blocks} and of the blocks they contain, in reading order. */
    public static List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        collectBlocks(blocks, out);
        return out;
    }

    /** Every block of type {@code type}, however deep, in reading order. */
    public static <T extends Block> List<T> blocks(List<Block> blocks, Class<T> type) {
        List<T> out = new ArrayList<>();
        collectBlocks(blocks, type, out);
        return out;
    }

    /**
     * Whether any inline of {@code blocks}, however deep (in a span, a cell, a quoted or listed block, a note), is of
     * type {@code type}: a query that builds nothing, for a rewrite to learn it has no work in a chapter.
     */
    public static boolean holdsInline(List<Block> blocks, Class<? extends Inline> type) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Paragraph paragraph) {
                if (holds(paragraph.content(), type)) {
                    return true;
                }
            } else if (block instanceof Block.Heading heading) {
                if (holds(heading.content(), type)) {
                    return true;
                }
            } else {
                BlockParts.Parts parts = block.accept(BlockParts.INSTANCE);
                for (List<Inline> inlines : parts.inlines()) {
                    if (holds(inlines, type)) {
                        return true;
                    }
                }
                for (List<Block> inner : parts.blocks()) {
                    if (holdsInline(inner, type)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean holds(List<Inline> inlines, Class<? extends Inline> type) {
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            if (type.isInstance(inline) || inline instanceof Inline.Span span && holds(span.content(), type)) {
                return true;
            }
        }
        return false;
    }

    /** Every inline of every block (headings, paragraphs, table cells, nested blocks), spans before their content. */
    public static List<Inline> inlines(List<Block> blocks) {
        List<Inline> out = new ArrayList<>();
        for (Block block : blocks(blocks)) {
            out.addAll(ownInlines(block));
        }
        return out;
    }

    /**
     * The inlines of {@code block} itself (a heading's, a paragraph's, a table's cells'), spans before their content,
     * but not those of the blocks it holds: a quote, a list or a note has none of its own.
     */
    public static List<Inline> ownInlines(Block block) {
        List<Inline> out = new ArrayList<>();
        for (List<Inline> list : block.accept(BlockParts.INSTANCE).inlines()) {
            collectInlines(list, out);
        }
        return out;
    }

    /** Every inline of type {@code type} in {@code blocks}, however deep, in reading order. */
    public static <T extends Inline> List<T> inlines(List<Block> blocks, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Inline inline : inlines(blocks)) {
            if (type.isInstance(inline)) {
                out.add(type.cast(inline));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The inlines that are not spans, in reading order: the text, code, breaks, notes and images a reader meets. */
    public static List<Inline> leaves(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines.size());
        collectLeaves(inlines, out);
        return Collections.unmodifiableList(out);
    }

    /**
     * {@code inlines} with every inline of type {@code type} replaced by what {@code f} returns for it (none, one or
     * several inlines); a span's content is rewritten before the span is offered to {@code f}.
     */
    public static <T extends Inline> List<Inline> mapInlines(List<Inline> inlines, Class<T> type,
                                                             Function<? super T, List<Inline>> f) {
        Rewritten<Inline> out = new Rewritten<>(inlines);
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            Inline node = inline instanceof Inline.Span span
                    ? withContent(span, mapInlines(span.content(), type, f)) : inline;
            if (type.isInstance(node)) {
                out.setAll(i, f.apply(type.cast(node)));
            } else {
                out.set(i, node);
            }
        }
        return out.result();
    }

    /** {@code inlines} with every leaf (every inline that is not a span) replaced by {@code f} of it, in order. */
    public static List<Inline> mapLeaves(List<Inline> inlines, Function<Inline, List<Inline>> f) {
        Rewritten<Inline> out = new Rewritten<>(inlines);
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            if (inline instanceof Inline.Span span) {
                out.set(i, withContent(span, mapLeaves(span.content(), f)));
            } else {
                out.setAll(i, f.apply(inline));
            }
        }
        return out.result();
    }

    /**
     * {@code blocks} with each list of inlines a block holds (a heading's, a paragraph's, a table cell's) replaced by
     * {@code f} of it and the position of the block holding it; containers are descended into.
     */
    public static List<Block> mapInlineLists(List<Block> blocks,
                                             BiFunction<List<Inline>, SourcePosition, List<Inline>> f) {
        return BlockInlines.map(blocks, f::apply);
    }

    /**
     * {@code blocks} with every block of type {@code type}, however deep, replaced by {@code f} of it; a container's
     * blocks are rewritten before the container is offered to {@code f}.
     */
    public static <T extends Block> List<Block> mapBlocks(List<Block> blocks, Class<T> type,
                                                          Function<? super T, ? extends Block> f) {
        Rewritten<Block> out = new Rewritten<>(blocks);
        UnaryOperator<List<Block>> nested = inner -> mapBlocks(inner, type, f);
        for (int i = 0; i < blocks.size(); i++) {
            Block node = blocks.get(i).accept(BlockParts.INSTANCE).rebuild(nested);
            out.set(i, type.isInstance(node) ? f.apply(type.cast(node)) : node);
        }
        return out.result();
    }

    /**
     * {@code blocks} with every block of type {@code type}, however deep, replaced by the blocks {@code f} gives for
     * it (none to leave it out), in document order; a container's blocks are rewritten before it is offered.
     */
    public static <T extends Block> List<Block> flatMapBlocks(List<Block> blocks, Class<T> type,
                                                              Function<? super T, List<Block>> f) {
        Rewritten<Block> out = new Rewritten<>(blocks);
        UnaryOperator<List<Block>> nested = inner -> flatMapBlocks(inner, type, f);
        for (int i = 0; i < blocks.size(); i++) {
            Block node = blocks.get(i).accept(BlockParts.INSTANCE).rebuild(nested);
            if (type.isInstance(node)) {
                out.setAll(i, f.apply(type.cast(node)));
            } else {
                out.set(i, node);
            }
        }
        return out.result();
    }

    /** {@code in} itself when {@code out} holds the very same nodes in the same order, else {@code out}. */
    static <T> List<T> sameIfUnchanged(List<T> in, List<T> out) {
        if (in.size() != out.size()) {
            return out;
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i) != out.get(i)) {
                return out;
            }
        }
        return in;
    }

    private static Inline withContent(Inline.Span span, List<Inline> content) {
        return content == span.content() ? span : span.withContent(content);
    }

    private static void collectBlocks(List<Block> blocks, List<Block> out) {
        collectBlocks(blocks, Block.class, out);
    }

    private static <T extends Block> void collectBlocks(List<Block> blocks, Class<T> type, List<T> out) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (type.isInstance(block)) {
                out.add(type.cast(block));
            }
            // Paragraphs and headings, nearly every block of a book, hold no blocks: no need to ask what they hold.
            if (!(block instanceof Block.Paragraph) && !(block instanceof Block.Heading)) {
                for (List<Block> inner : block.accept(BlockParts.INSTANCE).blocks()) {
                    collectBlocks(inner, type, out);
                }
            }
        }
    }

    private static void collectLeaves(List<Inline> inlines, List<Inline> out) {
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            if (inline instanceof Inline.Span span) {
                collectLeaves(span.content(), out);
            } else {
                out.add(inline);
            }
        }
    }

    private static void collectInlines(List<Inline> inlines, List<Inline> out) {
        for (Inline inline : inlines) {
            out.add(inline);
            if (inline instanceof Inline.Span span) {
                collectInlines(span.content(), out);
            }
        }
    }
}
