package org.anthology.edition.epub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.edition.PageStarts;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Part;

/**
 * Places the print edition's page breaks in the EPUB: for each content document, the page-break markers that go at
 * its opening and before each of its top-level blocks, and for the page list the file and anchor of every page. A
 * page goes into the file of a split chapter that holds the block it begins in; a page whose chapter or part the
 * EPUB does not have is left out.
 */
final class PageBreaks {

    private final PageStarts starts;
    /** By file: the labels at the file's opening (key -1) and before each of its top-level blocks. */
    private final Map<String, Map<Integer, List<String>>> byFile = new HashMap<>();
    private final Map<String, String> hrefs = new LinkedHashMap<>();

    PageBreaks(PageStarts starts, Anthology book, InternalLinks links) {
        this.starts = starts;
        Map<String, Chapter> chapters = new HashMap<>();
        Map<String, Part> parts = new HashMap<>();
        for (Chapter chapter : book.chapters()) {
            chapters.put(chapter.id(), chapter);
            book.partOpenedBy(chapter.id()).ifPresent(part -> parts.put(part.id(), part));
        }
        for (PageStarts.Start start : starts.pages()) {
            Optional<String> file = Optional.ofNullable(chapters.get(start.documentId()))
                    .map(chapter -> place(start, links.plan(chapter)));
            if (file.isEmpty() && parts.containsKey(start.documentId())) {
                file = Optional.of(place(start, ChapterXhtml.fileName(start.documentId()), start.block().orElse(-1)));
            }
            file.ifPresent(f -> hrefs.putIfAbsent(start.label(), f + "#" + id(start.label())));
        }
    }

    /** The id of the marker of page {@code label}. */
    static String id(String label) {
        return "page-" + label;
    }

    /** Whether any page break is placed. */
    boolean isEmpty() {
        return hrefs.isEmpty();
    }

    /** Every page, by label in page order, with the href of its marker. */
    Map<String, String> hrefs() {
        return hrefs;
    }

    /** Where the pages come from, for the package's {@code a11y:pageBreakSource}; empty without page breaks. */
    Optional<String> source() {
        return isEmpty() ? Optional.empty() : Optional.of(starts.source());
    }

    /** The labels of the pages that begin before top-level block {@code block} of {@code file}, -1 its opening. */
    List<String> before(String file, int block) {
        return byFile.getOrDefault(file, Map.of()).getOrDefault(block, List.of());
    }

    /** The markers of {@code file}, for {@link ChapterXhtml}. */
    ChapterXhtml.Breaks of(String file) {
        return new ChapterXhtml.Breaks(before(file, -1), block -> before(file, block));
    }

    /** Files {@code start} in the part of the chapter's {@code plan} holding its block; returns the file. */
    private String place(PageStarts.Start start, List<List<Block>> plan) {
        if (start.block().isEmpty()) {
            return place(start, ChapterSplitter.fileName(start.documentId(), 0), -1);
        }
        int block = start.block().getAsInt();
        int first = 0;
        for (int i = 0; i < plan.size(); i++) {
            if (block < first + plan.get(i).size() || i == plan.size() - 1) {
                return place(start, ChapterSplitter.fileName(start.documentId(), i), block - first);
            }
            first += plan.get(i).size();
        }
        return place(start, ChapterSplitter.fileName(start.documentId(), 0), -1);
    }

    private String place(PageStarts.Start start, String file, int block) {
        byFile.computeIfAbsent(file, f -> new HashMap<>()).computeIfAbsent(block, b -> new ArrayList<>())
                .add(start.label());
        return file;
    }
}
