package org.anthology.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Inline;
import org.anthology.model.SourcePosition;

/**
 * Reads plain text into blocks. The paragraph style (a paragraph per line, paragraphs between blank lines, or
 * hard-wrapped lines) is detected per file unless the contents file forces it. Then each block is recognized at
 * the line that starts it, by named rules tried in a fixed order: underlined headings, scene breaks, the heading
 * rules of {@link HeadingRules}, lists, quotes, and finally the paragraph, or the stanza of a text made of short
 * lines. Every decision goes to the diagnostics'
 * decision log with its rule's name.
 */
public final class PlainTextReader {

    /** Longer headings are probably sentences that lost their punctuation: worth a warning. */
    static final int LONG_HEADING_WORDS = 12;


    /** The blocks of {@code body}, detecting its paragraph style; {@code firstLine} is its line in {@code file}. */
    public List<Block> read(String body, String file, int firstLine, Diagnostics diagnostics) {
        return read(body, file, firstLine, Optional.empty(), diagnostics);
    }

    /** The blocks of {@code body}, written in {@code style} when given, else in the style detected. */
    public List<Block> read(String body, String file, int firstLine, Optional<ParagraphStyle> style,
                            Diagnostics diagnostics) {
        List<TextLine> lines = TextLine.split(body, firstLine);
        boolean[] prose = ParagraphStyleDetector.prose(lines);
        SourcePosition at = new SourcePosition(file, firstLine);
        ParagraphStyle chosen;
        if (style.isPresent()) {
            chosen = style.get();
            diagnostics.decided(at, "contents file 'paragraphs: " + chosen.keyword() + "'", describe(chosen),
                    "paragraph-style");
        } else {
            ParagraphStyleDetector.Detected detected = ParagraphStyleDetector.detect(lines, prose);
            chosen = detected.style();
            diagnostics.decided(at, detected.evidence(), describe(chosen), "paragraph-style");
        }
        return new Scan(lines, prose, file, chosen, diagnostics).blocks();
    }

    private static String describe(ParagraphStyle style) {
        return switch (style) {
            case LINE -> "one paragraph per line";
            case BLANK -> "paragraphs between blank lines";
            case WRAPPED -> "hard-wrapped paragraphs";
        };
    }

    /** One pass over the lines of a body. */
    private static final class Scan {
        private final List<TextLine> lines;
        /** Which lines are prose, by {@link ParagraphStyleDetector#isProse}. */
        private final boolean[] prose;
        private final String file;
        private final ParagraphStyle style;
        private final Diagnostics diagnostics;
        private final int shortLine;
        private final PlainTextStanzas stanzas;
        private final List<Block> blocks = new ArrayList<>();

        Scan(List<TextLine> lines, boolean[] prose, String file, ParagraphStyle style, Diagnostics diagnostics) {
            this.lines = lines;
            this.prose = prose;
            this.file = file;
            this.style = style;
            this.diagnostics = diagnostics;
            // A hard-wrapped line this much shorter than the margin ends its paragraph when it ends a sentence.
            int margin = ParagraphStyleDetector.margin(lines, prose);
            this.shortLine = margin * 3 / 4;
            this.stanzas = new PlainTextStanzas(lines, style, margin);
        }

        List<Block> blocks() {
            int i = 0;
            while (i < lines.size()) {
                i = lines.get(i).isBlank() ? i + 1 : block(i);
            }
            return blocks;
        }

        /** Reads the block that starts at line {@code i}; returns the index of the line after it. */
        private int block(int i) {
            String text = lines.get(i).stripped();
            SourcePosition at = at(i);
            Optional<HeadingRules.Match> underlined = i + 1 < lines.size()
                    ? HeadingRules.underlined(text, lines.get(i + 1).text()) : Optional.empty();
            if (underlined.isPresent()) {
                heading(underlined.get(), at);
                return i + 2;
            }
            if (SceneBreaks.isSceneBreak(text)) {
                blocks.add(new Block.SceneBreak(at));
                diagnostics.decided(at, "line '" + text + "'", "scene break", "scene-break");
                return i + 1;
            }
            // Rules tried in turn, each only when the one before does not match; plain calls, not lambdas, as this
            // runs for every block of the file.
            Optional<HeadingRules.Match> strong = HeadingRules.trailingHash(text);
            if (strong.isEmpty()) {
                strong = HeadingRules.hashPrefix(text);
            }
            if (strong.isEmpty()) {
                strong = HeadingRules.chapterLine(text);
            }
            if (strong.isPresent()) {
                heading(strong.get(), at);
                return i + 1;
            }
            Optional<ListItem> item = ListItem.parse(text);
            if (item.isPresent()) {
                boolean ordered = item.get().marker().ordered();
                if (ordered && wrapped() && LineShape.opensNumberedParagraph(lines, i, shortLine)) {
                    return paragraph(i);
                }
                Optional<HeadingRules.Match> numbered = ordered && !listGoesOn(i) && alone(i)
                        ? HeadingRules.numberedSection(text) : Optional.empty();
                if (numbered.isPresent()) {
                    heading(numbered.get(), at);
                    return i + 1;
                }
                return new PrefixedLines(lines, file, style, diagnostics).list(i, blocks);
            }
            if (text.startsWith(">")) {
                return new PrefixedLines(lines, file, style, diagnostics).quote(i, blocks);
            }
            Optional<HeadingRules.Match> weak = alone(i) ? weakHeading(text, i) : Optional.empty();
            if (weak.isPresent()) {
                heading(weak.get(), at);
                return i + 1;
            }
            return paragraph(i);
        }

        /** The first weak heading rule that line {@code i}, whose stripped text is {@code text}, matches. */
        private Optional<HeadingRules.Match> weakHeading(String text, int i) {
            Optional<HeadingRules.Match> weak = HeadingRules.numberedSection(text);
            if (weak.isEmpty()) {
                weak = HeadingRules.allCaps(text);
            }
            if (weak.isEmpty() && HeadingRules.fitsTitle(text) && standsAsTitle(i)) {
                weak = HeadingRules.titleLine(text);
            }
            return weak;
        }

        /** Whether the file's paragraphs run over several lines, so a heading must stand apart from them. */
        private boolean wrapped() {
            return style != ParagraphStyle.LINE;
        }

        /** A weak heading rule applies only to a line that no wrapped line runs into or out of. */
        private boolean alone(int i) {
            return !wrapped() || LineShape.standsAlone(lines, i, shortLine);
        }

        private boolean listGoesOn(int i) {
            Optional<ListItem> first = ListItem.parse(lines.get(i).text());
            return i + 1 < lines.size() && ListItem.parse(lines.get(i + 1).text())
                    .filter(next -> next.marker() == first.orElseThrow().marker()).isPresent();
        }

        /**
         * A title stands above running text: the next line does not continue its sentence, and the next line with
         * text is a list or reads as a sentence rather than as another title (as the lines of a poem would).
         */
        private boolean standsAsTitle(int i) {
            String next = i + 1 < lines.size() ? lines.get(i + 1).stripped() : "";
            if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0))) {
                return false;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                if (!lines.get(j).isBlank()) {
                    String t = lines.get(j).stripped();
                    return !Sentences.isTitleLike(t) || ListItem.parse(t).isPresent() || t.startsWith(">");
                }
            }
            return false;
        }

        private void heading(HeadingRules.Match match, SourcePosition at) {
            blocks.add(new Block.Heading(match.level(), inlines(match.text()), "", at));
            diagnostics.decided(at, match.was(), "heading", match.rule());
            int words = Sentences.words(match.text());
            if (words > LONG_HEADING_WORDS) {
                diagnostics.warning(at, "a heading of " + words + " words (rule " + match.rule()
                        + ") is unusually long. Check that this line is meant as a heading");
            }
        }

        private int paragraph(int start) {
            int end = start + 1;
            while (style != ParagraphStyle.LINE && end < lines.size() && continues(end - 1, end)) {
                end++;
            }
            if (stanzas.isStanza(start, end)) {
                blocks.add(stanzas.lineBlock(start, end, file, diagnostics));
                return end;
            }
            blocks.add(new Block.Paragraph(inlines(end - start == 1 ? lines.get(start).stripped()
                    : joined(start, end)), at(start)));
            if (end - start > 1) {
                boolean wrapped = style == ParagraphStyle.WRAPPED;
                diagnostics.decided(at(start), (wrapped ? "hard-wrapped lines " : "lines ")
                        + lines.get(start).number() + "-" + lines.get(end - 1).number(), "paragraph",
                        wrapped ? "unwrap" : "join-lines");
            }
            return end;
        }

        /** The stripped lines from {@code start} to {@code end} joined into one paragraph's text. */
        private String joined(int start, int end) {
            StringBuilder text = new StringBuilder(lines.get(start).stripped());
            for (int j = start + 1; j < end; j++) {
                join(text, lines.get(j).stripped());
            }
            return text.toString();
        }

        /** Whether line {@code next} carries on the paragraph that line {@code previous} belongs to. */
        private boolean continues(int previous, int next) {
            TextLine line = lines.get(next);
            if (wrapped() && LineShape.wrapsOntoNumber(lines, next, shortLine)) {
                return true;
            }
            if (!prose[next] || next + 1 < lines.size()
                    && HeadingRules.underlined(line.text(), lines.get(next + 1).text()).isPresent()) {
                return false;
            }
            String before = lines.get(previous).stripped();
            return style != ParagraphStyle.WRAPPED || before.length() >= shortLine || !Sentences.endsSentence(before);
        }

        /**
         * Joins a wrapped line; a word broken at a hyphen (ASCII or the Unicode hyphen U+2010) is put back together
         * without a space.
         */
        private void join(StringBuilder text, String line) {
            char last = text.length() > 0 ? text.charAt(text.length() - 1) : ' ';
            boolean brokenWord = style == ParagraphStyle.WRAPPED && text.length() > 1
                    && (last == '-' || last == '\u2010') && Character.isLetter(text.charAt(text.length() - 2))
                    && Character.isLowerCase(line.codePointAt(0));
            text.append(brokenWord ? "" : " ").append(line);
        }

        private SourcePosition at(int i) {
            return new SourcePosition(file, lines.get(i).number());
        }
    }

    static List<Inline> inlines(String text) {
        return List.of(new Inline.Text(text));
    }
}
