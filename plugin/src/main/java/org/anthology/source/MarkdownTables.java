package org.anthology.source;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * GitHub's pipe tables, parsed by flexmark's own table pre-processor, which is offered only the paragraphs whose
 * first line holds a pipe. It turns away every other paragraph (no table starts without a pipe in its first row),
 * but only after reading that line a character at a time through flexmark's sequences; here a search of the parsed
 * string, which goes on from where the last one stopped, answers for all the paragraphs of a document together.
 */
final class MarkdownTables implements Parser.ParserExtension {

    private MarkdownTables() {
    }

    /** The extension, in place of flexmark's {@code TablesExtension}, whose parsing part it is. */
    static MarkdownTables create() {
        return new MarkdownTables();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // The table pre-processor reads its options from the parser's, as it does under TablesExtension.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /** Flexmark's factory, with what it makes for a document asked first whether a paragraph may start a table. */
    private record Factory(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new PipeFirst(tables.apply(state));
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /** Passes a paragraph to the table pre-processor when its first line holds a pipe or cannot be searched fast. */
    private static final class PipeFirst implements ParagraphPreProcessor {
        private final ParagraphPreProcessor tables;
        private Object searched;
        /** Where the last search started, and the first pipe it found there or after (-1: none). */
        private int from = -1;
        private int pipe = -1;

        PipeFirst(ParagraphPreProcessor tables) {
            this.tables = tables;
        }

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            BasedSequence first = block.getContentLines().isEmpty() ? null : block.getContentLines().get(0);
            if (first instanceof SubSequence && first.getBase() instanceof String base
                    && !pipeIn(base, first.getStartOffset(), first.getEndOffset())) {
                return 0;
            }
            return tables.preProcessBlock(block, state);
        }

        /** Whether {@code base} holds a pipe from {@code start} to before {@code end}. */
        private boolean pipeIn(String base, int start, int end) {
            if (base != searched || start < from || pipe >= 0 && pipe < start) {
                searched = base;
                from = start;
                pipe = base.indexOf('|', start);
            }
            return pipe >= 0 && pipe < end;
        }
    }
}
