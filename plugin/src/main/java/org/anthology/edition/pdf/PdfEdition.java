package org.anthology.edition.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import com.lowagie.text.pdf.HyphenationEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.anthology.model.Wording;
import org.anthology.edition.Edition;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Credits;
import org.anthology.model.Part;
import org.anthology.model.PerChapter;
import org.anthology.toc.TableOfContents;

/**
 * Writes the PDF edition as a PDF/A-1b book: a title page with the copyright page on its back, the contents pages,
 * then every chapter on a new page (a right-hand one unless the theme says otherwise), poured by {@link PageFlow}
 * into justified and hyphenated text with footnotes at the foot of their pages; running heads and page numbers,
 * margins mirrored about the binding, page labels, bookmarks mirroring the shared table of contents, and embedded
 * fonts only.
 *
 * <p>Pages are written to {@code out} as they fill. The contents pages need the body's page numbers, so they are
 * laid out after the body and then moved behind the copyright page ({@link PdfWriter#reorderPages}); only page
 * references are kept for that, never page content. The same book gives the same bytes on every write. With
 * {@code margin.inner=auto} the book is laid out again when its page count calls for a wider gutter
 * ({@link AutoGutter}); the page size and boxes around the trim come from {@link PageBoxes}.
 */
public final class PdfEdition implements Edition {

    /**
     * Deflate's level 4 for the page contents and the fonts, the fastest of its lazy-matching levels: a 4,000-page
     * book's pages compress in 60 % of the time of the default level 6, into a file about 1 % larger; the pages are
     * compressed on the page flow's thread as each one ends.
     */
    static final int CONTENT_COMPRESSION = 4;

    private final PdfTheme theme;
    private final BookFonts bookFonts;
    private final List<String> subjects;
    /** The build's threads, one of which sets paragraphs ahead of the page flow. */
    private final PerChapter tasks;
    /** How many paragraphs the latest layout took set ahead. */
    private int setAhead;
    /** How many footnotes the latest layout took set ahead. */
    private int notesSetAhead;
    /** The fonts parsed for this edition, shared by its checks and its write. */
    private final FontFaces.Parsed parsedFonts = new FontFaces.Parsed();
    /** The writer of the layout under way, read by the progress line. */
    private volatile PdfWriter writing;
    private volatile LineStatistics statistics = new LineStatistics();
    private int pageCount;
    private org.anthology.edition.PageStarts pageStarts = org.anthology.edition.PageStarts.NONE;
    private volatile Consumer<org.anthology.edition.PageStarts> paged;
    private List<String> coarseImages = List.of();
    /** The code points of the book last checked, which every check of it reads. */
    private Characters characters;

    /** An edition with the look of {@code theme}, in the built-in fonts. */
    public PdfEdition(PdfTheme theme) {
        this(theme, BookFonts.none(), List.of());
    }

    /**
     * An edition with the look of {@code theme}, taking the families the book brings from {@code bookFonts}, with the
     * book's {@code subjects} first among the document's keywords.
     */
    public PdfEdition(PdfTheme theme, BookFonts bookFonts, List<String> subjects) {
        this(theme, bookFonts, subjects, PerChapter.sequential());
    }

    /**
     * As {@link #PdfEdition(PdfTheme, BookFonts, List)}, setting the paragraphs ahead of the page flow on a thread
     * {@code tasks} spares ({@link SetAhead}), which changes no byte of the PDF.
     */
    public PdfEdition(PdfTheme theme, BookFonts bookFonts, List<String> subjects, PerChapter tasks) {
        this.theme = theme;
        this.bookFonts = bookFonts;
        this.subjects = List.copyOf(subjects);
        this.tasks = tasks;
    }

    /** What the paragraph breaker did in this edition's latest complete write. */
    public LineStatistics statistics() {
        return statistics;
    }

    /** The paragraph breaker's statistics of the latest write, as {@link LineStatistics#toString()} gives them. */
    @Override
    public Optional<String> report() {
        return Optional.of("PDF lines: " + statistics);
    }

    /** The theme this edition is set in. */
    public PdfTheme theme() {
        return theme;
    }

    /** The font files the book brings. */
    public BookFonts bookFonts() {
        return bookFonts;
    }

    /** The fonts parsed for this edition, which its checks and its write share. */
    FontFaces.Parsed parsedFonts() {
        return parsedFonts;
    }

    /** The build's threads, which this edition sets paragraphs ahead on. */
    PerChapter tasks() {
        return tasks;
    }

    /** How many paragraphs the latest layout took as set ahead of its page flow. */
    int setAhead() {
        return setAhead;
    }

    /** How many footnotes the latest layout took as set ahead of its page flow. */
    int notesSetAhead() {
        return notesSetAhead;
    }

    /** The book's subjects, first among the document's keywords. */
    public List<String> subjects() {
        return subjects;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** The page the layout under way has reached. */
    @Override
    public Optional<String> progress() {
        PdfWriter writer = writing;
        return writer == null ? Optional.empty() : Optional.of(String.format("page %,d", writer.getPageNumber()));
    }

    @Override
    public void write(Anthology book, TableOfContents toc, OutputStream out) throws IOException {
        coarseImages = new ImageResolution(theme).under300Dpi(book);
        Optional<GutterTable> gutter = theme.print().autoGutter();
        if (gutter.isEmpty()) {
            pageCount = layOut(book, toc, out, paged);
            return;
        }
        Map<Float, org.anthology.edition.PageStarts> starts = new HashMap<>();
        AutoGutter.Layout layout = new AutoGutter(gutter.get()).layOut(margin -> {
            ByteArrayOutputStream pass = new ByteArrayOutputStream();
            PdfEdition edition = new PdfEdition(theme.withMarginInner(margin), bookFonts, subjects, tasks);
            int pages = edition.layOut(book, toc, pass, null);
            starts.put(margin, edition.pageStarts);
            return new AutoGutter.Layout(pass.toByteArray(), pages, margin);
        });
        out.write(layout.pdf());
        out.flush();
        pageCount = layout.pages();
        pageStarts = starts.get(layout.margin());
    }

    /**
     * The page count of the PDF last written, the figure the cover's spine and the printer's check are computed from.
     *
     * @throws IllegalStateException before the first write
     */
    public int pageCount() {
        if (pageCount == 0) {
            throw new IllegalStateException("the interior has not been laid out yet");
        }
        return pageCount;
    }

    @Override
    public boolean paginated() {
        return true;
    }

    /** Where each body page of the PDF last written begins, with its printed number. */
    @Override
    public org.anthology.edition.PageStarts pageStarts() {
        return pageStarts;
    }

    /** The printer's check of the PDF last written: trim, bleed, page count, spine, what the service misses. */
    @Override
    public Optional<org.anthology.edition.PrintersCheck> printersCheck() {
        return pageCount == 0 ? Optional.empty()
                : Optional.of(PrinterFigures.interior(theme, pageCount, coarseImages));
    }

    /**
     * Tells {@code then} the page starts once the layout has placed every page, before the document is written out;
     * with the automatic gutter, which lays the book out more than once, only at the end of the write.
     */
    @Override
    public void whenPaged(Consumer<org.anthology.edition.PageStarts> then) {
        paged = then;
    }

    /**
     * Lays the book out once with this edition's theme and writes it to {@code out}; returns the page count. Tells
     * {@code paged}, if any, the page starts before the document is written out.
     */
    private int layOut(Anthology book, TableOfContents toc, OutputStream out,
                       Consumer<org.anthology.edition.PageStarts> paged) throws IOException {
        FontSet fonts = new FontSet(theme, bookFonts, parsedFonts);
        LineStatistics lineStatistics = new LineStatistics();
        ParagraphSetter setter = new ParagraphSetter(lineStatistics);
        PageBoxes boxes = new PageBoxes(theme);
        // The title page is a right-hand page; later pages get their margins from RunningPages as each one ends.
        Document document = new Document(boxes.media());
        PdfWriter writer = DestinationTreeWriter.open(document, new KeepOpen(out));
        writing = writer;
        boxes.prepare(writer, document, true);
        // A tagged book is PDF/A-1a, the level that asks for the structure and Unicode text it has.
        writer.setPDFXConformance(theme.tagged() ? PdfWriter.PDFA1A : PdfWriter.PDFA1B);
        writer.setLinearPageMode();
        writer.setCompressionLevel(CONTENT_COMPRESSION);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        // Justified lines are filled by widening the spaces between words, never by spacing out the letters.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        RunningPages pages = new RunningPages(theme, fonts, book.metadata().title(), boxes);
        writer.setPageEvent(pages);
        PageStartLog log = new PageStartLog(pages);
        writer.setPageEvent(log);
        StructureTree tags = theme.tagged() ? StructureTree.tag(writer, book.metadata().language())
                : StructureTree.of(null);
        if (tags.tagged()) {
            writer.setPageEvent(new TaggedLinks());
        }
        DocumentInfo.describe(document, book, subjects);
        try {
            document.open();
            DocumentInfo.outputIntent(writer);
            PageFlow titleFlow = new PageFlow(document, writer, footnotes(setter), theme.bodyLeading(), setter);
            tags.begin("Sect");
            new TitlePage(theme, fonts).write(titleFlow, book.metadata(), Credits.of(book));
            titleFlow.newPage();
            tags.content(writer.getDirectContent(),
                    () -> new CopyrightPage(theme, fonts).write(writer, book.metadata(), Credits.of(book)));
            tags.end();
            // The contents come before the body in the reading order, although they are laid out after it.
            com.lowagie.text.pdf.PdfStructureElement contents = tags.reserve("Sect");
            pages.startOnNextPage(RunningPages.Part.BODY);
            book.chapters().stream().findFirst().ifPresent(chapter -> log.opening(
                    book.partOpenedBy(chapter.id()).map(Part::id).orElse(chapter.id())));
            document.newPage();
            int bodyStart = writer.getPageNumber();
            writeBody(document, writer, new Paging(pages, log), fonts, book, setter);
            pages.startOnNextPage(RunningPages.Part.CONTENTS);
            document.newPage();
            int contentsStart = writer.getPageNumber();
            PageFlow contentsFlow = new PageFlow(document, writer, footnotes(setter), theme.bodyLeading(), setter);
            tags.begin(contents);
            new ContentsPage(theme, fonts).write(contentsFlow, toc, pages::bodyPageOf,
                    book.wording());
            tags.end();
            pages.startOnNextPage(RunningPages.Part.PADDING);
            document.newPage();
            int total = frontMatterFirst(writer, document, bodyStart, contentsStart);
            Outline.write(writer.getRootOutline(), toc);
            DocumentInfo.stamp(writer, book.metadata(), tags.tagged());
            statistics = lineStatistics;
            pageStarts = log.starts(Isbn.in(book.metadata().identifier()).map(isbn -> "urn:isbn:" + isbn.digits())
                    .orElse(book.metadata().identifier()));
            if (paged != null) {
                paged.accept(pageStarts);
            }
            AsciiXref.close(document);
            out.flush();
            return total;
        } finally {
            if (document.isOpen()) {
                // Only a failure leaves the document open: closing a half-made one fails too (unbalanced text
                // operators), and the first failure, on its way out, is the one to report.
                try {
                    AsciiXref.close(document);
                } catch (RuntimeException closing) {
                    // Left for the failure in flight.
                }
            }
            StructureTree.release(writer);
            TextArrays.release(writer);
        }
    }

    /**
     * Reports as errors the book's font files that cannot be embedded and the characters no font of the theme has,
     * once per character and file: the PDF would leave them out; and as warnings the words too wide for a line,
     * which it breaks between letters.
     */
    @Override
    public void check(Anthology book, Diagnostics diagnostics) {
        FontSet fonts = new FontSet(theme, bookFonts, parsedFonts);
        if (!fonts.check(diagnostics)) {
            return;
        }
        for (MissingCharacter missing : MissingCharacter.group(new FontCoverage(fonts).uncovered(book))) {
            diagnostics.error(missing.first(), missing.problem());
        }
        checkWords(book, diagnostics);
    }

    /** Warns of every word of running text too wide for a line, which the PDF breaks between letters. */
    public void checkWords(Anthology book, Diagnostics diagnostics) {
        new OverlongWords(new FontSet(theme, bookFonts, parsedFonts), theme).check(book, characters(book), tasks,
                diagnostics);
    }

    /**
     * Every character of {@code book}'s text that none of the theme's fonts can show, with where it was written;
     * such characters would be left out of the PDF, so the pipeline reports them before writing.
     */
    public List<UncoveredCharacter> uncovered(Anthology book) {
        return new FontCoverage(new FontSet(theme, bookFonts, parsedFonts)).uncovered(book, characters(book));
    }

    /** The distinct code points of {@code book}, collected once for all of this edition's checks of it. */
    private java.util.BitSet characters(Anthology book) {
        Characters known = characters;
        if (known == null || known.book() != book) {
            known = new Characters(book, FontCoverage.characters(book, tasks));
            characters = known;
        }
        return known.codePoints();
    }

    /** A book and its distinct code points. */
    private record Characters(Anthology book, java.util.BitSet codePoints) {
    }

    /** Reports the book's font files that cannot be embedded; true when every font can be used. */
    public boolean checkFonts(Diagnostics diagnostics) {
        return new FontSet(theme, bookFonts, parsedFonts).check(diagnostics);
    }

    /** As {@link #uncovered(Anthology)}, once per character and file, with how many blocks use it. */
    public List<MissingCharacter> missingCharacters(Anthology book) {
        return MissingCharacter.group(uncovered(book));
    }

    /** The page events the body's layout tells where it is. */
    private record Paging(RunningPages pages, PageStartLog log) {
    }

    /** Lays out the chapters, their paragraphs set ahead on another thread where the build has one to spare. */
    private void writeBody(Document document, PdfWriter writer, Paging paging, FontSet fonts, Anthology book,
                           ParagraphSetter setter) {
        PageFlow flow = new PageFlow(document, writer, footnotes(setter), theme.bodyLeading(), setter);
        FontSet aheadFonts = fonts.confined();
        float width = flow.width();
        try (SetAhead ahead = SetAhead.start(tasks,
                each -> new AheadFlow(each, width).chapters(theme, aheadFonts, book))) {
            flow.setAhead(ahead);
            writeChapters(flow, writer, paging, fonts, book, ahead);
            setAhead = ahead.taken();
            notesSetAhead = ahead.notesTaken();
        }
    }

    private void writeChapters(PageFlow flow, PdfWriter writer, Paging paging, FontSet fonts, Anthology book,
                               SetAhead ahead) {
        RunningPages pages = paging.pages();
        PageStartLog log = paging.log();
        Map<String, Optional<HyphenationEvent>> hyphenation = new HashMap<>();
        boolean first = true;
        ChapterOpening opening = new ChapterOpening(theme, fonts);
        Wording wording = book.wording();
        BookSections sections = new BookSections(flow.structure(), book.metadata().language());
        for (int c = 0; c < book.chapters().size(); c++) {
            Chapter chapter = book.chapters().get(c);
            int chapterIndex = c;
            Optional<Part> part = book.partOpenedBy(chapter.id());
            if (part.isPresent()) {
                log.opening(part.get().id());
                first = startPage(flow, writer, pages, first, true);
                sections.part();
                // A part page is an opener: the page number at its foot, no running head.
                pages.openChapter(writer.getPageNumber(), part.get().title(), "");
                opening.part(flow, part.get());
                bodyBlocks(flow, fonts, part.get().introduction(), book.metadata().language(), hyphenation, log);
            }
            log.opening(chapter.id());
            first = startPage(flow, writer, pages, first, theme.chapterRecto());
            sections.chapter(chapter.language());
            pages.openChapter(writer.getPageNumber(), chapter.title(), wording.join(chapter.authorNames()));
            opening.chapter(flow, chapter, wording);
            String language = chapter.language().orElse(book.metadata().language());
            Optional<HyphenationEvent> breaker = breaker(language, hyphenation);
            flow.footnotes().chapter(chapterIndex, new FootnoteText(theme, fonts, breaker).of(chapter));
            BlockRenderer body = new BlockRenderer(theme, fonts, breaker, 0f, flow);
            List<Integer> text = indices(chapter.blocks(), block -> !(block instanceof Block.Note));
            body.render(text.stream().map(chapter.blocks()::get).toList(), i -> {
                ahead.reached(chapterIndex, i);
                log.block(text.get(i));
            });
            List<Integer> notes = indices(chapter.blocks(), block -> block instanceof Block.Note note
                    && !flow.footnotes().isPlaced(note.id()));
            body.render(notes.stream().map(chapter.blocks()::get).toList(), i -> log.block(notes.get(i)));
        }
        flow.finish();
        sections.close();
    }

    /** The indices of the blocks of {@code blocks} that {@code keep} accepts. */
    private static List<Integer> indices(List<Block> blocks, java.util.function.Predicate<Block> keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (keep.test(blocks.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Ends the page before, unless this is the first opener, and leaves a left page blank for a recto start. */
    private static boolean startPage(PageFlow flow, PdfWriter writer, RunningPages pages, boolean first,
                                     boolean recto) {
        if (!first) {
            flow.endChapter();
        }
        if (recto && !pages.isRecto(writer.getPageNumber())) {
            flow.blankPage(pages::leaveBlank);
        }
        return false;
    }

    private Optional<HyphenationEvent> breaker(String language, Map<String, Optional<HyphenationEvent>> cache) {
        return theme.hyphenate() ? cache.computeIfAbsent(language, PatternHyphenation::forLanguage)
                : Optional.empty();
    }

    private void bodyBlocks(PageFlow flow, FontSet fonts, List<Block> blocks, String language,
                            Map<String, Optional<HyphenationEvent>> hyphenation, PageStartLog log) {
        new BlockRenderer(theme, fonts, breaker(language, hyphenation), 0f, flow).render(blocks, log::block);
    }

    /** Room for footnotes at the foot of the text block, a line's height below the text. */
    private Footnotes footnotes(ParagraphSetter setter) {
        return new Footnotes(new NoteLines(setter, theme.textWidth()), theme.textHeight(), theme.bodyLeading(),
                theme.colours().rule());
    }

    /**
     * Moves the contents pages (laid out last) behind the title and copyright pages, after padding the front matter
     * to an even page count so the first body page stays a right-hand page, and labels the pages i, ii, ... then
     * 1, 2, ... The body was laid out from page {@code bodyStart}, the contents from page {@code contentsStart}.
     */
    private static int frontMatterFirst(PdfWriter writer, Document document, int bodyStart, int contentsStart) {
        int opening = bodyStart - 1;
        int bodyPages = contentsStart - bodyStart;
        int total = writer.reorderPages(null);
        if ((total - bodyPages) % 2 == 1) {
            writer.setPageEmpty(false);
            document.newPage();
            total = writer.reorderPages(null);
        }
        int front = total - bodyPages;
        int[] order = new int[total];
        for (int i = 0; i < front; i++) {
            order[i] = i < opening ? i + 1 : contentsStart + i - opening;
        }
        for (int i = 0; i < bodyPages; i++) {
            order[front + i] = bodyStart + i;
        }
        writer.reorderPages(order);
        writer.setPageLabels(DocumentInfo.pageLabels(front));
        return total;
    }
}
