package org.anthology.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.anthology.edition.Edition;
import org.anthology.edition.pdf.BookFonts;
import org.anthology.edition.pdf.CoveringFonts;
import org.anthology.edition.pdf.MissingCharacter;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.model.Anthology;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;

/**
 * Asks every edition what would keep it from showing the book faithfully. A problem one edition has (a character
 * its fonts lack) keeps only that edition from being written: the others do not depend on its fonts. A missing
 * character is reported at the line of its manuscript it first stands on, found by reading the manuscript again,
 * since a paragraph's position is that of its first line.
 */
final class EditionChecks {

    private final Path basedir;
    private final Charset charset;
    private final List<Path> fallbackFolders;
    private final Map<String, List<String>> sources = new HashMap<>();
    private final List<String> fontsFound = new ArrayList<>();

    /** Checks reading manuscripts under {@code basedir}, looking for fonts in {@code fallbackFolders} if any. */
    EditionChecks(Path basedir, Charset charset, List<Path> fallbackFolders) {
        this.basedir = basedir;
        this.charset = charset;
        this.fallbackFolders = List.copyOf(fallbackFolders);
    }

    /** One line for the build log per font file taken from the fallback folders, and why. */
    List<String> fontsFound() {
        return List.copyOf(fontsFound);
    }

    /** The editions of {@code editions} that found no problem of their own in {@code book}. */
    List<Edition> writable(List<Edition> editions, Anthology book, Diagnostics diagnostics) {
        List<Edition> out = new ArrayList<>();
        for (Edition edition : editions) {
            int before = diagnostics.errors().size();
            Edition checked = edition;
            if (edition instanceof PdfEdition pdf) {
                checked = check(pdf, book, diagnostics);
            } else {
                edition.check(book, diagnostics);
            }
            if (diagnostics.errors().size() == before) {
                out.add(checked);
            }
        }
        return out;
    }

    /** Reports what the PDF cannot show; returns the edition to write, with fallback fonts when some were found. */
    private PdfEdition check(PdfEdition pdf, Anthology book, Diagnostics diagnostics) {
        if (!pdf.checkFonts(diagnostics)) {
            return pdf;
        }
        List<MissingCharacter> lacking = pdf.missingCharacters(book);
        PdfEdition edition = withFallbacks(pdf, lacking, diagnostics);
        // Without fallback fonts the edition is the same, and so is what it lacks: the book is not walked twice.
        for (MissingCharacter missing : edition == pdf ? lacking : edition.missingCharacters(book)) {
            MissingCharacter placed = missing.at(lineOf(missing));
            diagnostics.error(placed.first(), placed.problem());
        }
        edition.checkWords(book, diagnostics);
        return edition;
    }

    /**
     * The edition with fonts from the fallback folders for the characters its fonts lack, each choice logged and
     * recorded as a decision for the report; the edition unchanged when there is nothing to find or no folder.
     */
    private PdfEdition withFallbacks(PdfEdition pdf, List<MissingCharacter> missing, Diagnostics diagnostics) {
        if (missing.isEmpty() || fallbackFolders.isEmpty()) {
            return pdf;
        }
        Set<Integer> codePoints = new TreeSet<>();
        missing.forEach(m -> codePoints.add(m.codePoint()));
        Set<String> known = new HashSet<>(pdf.theme().fallbackFonts());
        known.addAll(List.of(pdf.theme().bodyFont(), pdf.theme().headingFont(), pdf.theme().monoFont()));
        known.addAll(BookFonts.BUILT_IN);
        List<CoveringFonts.Choice> chosen = CoveringFonts.choose(codePoints,
                FallbackFolders.fontFiles(fallbackFolders), known);
        for (CoveringFonts.Choice choice : chosen) {
            String shown = choice.codePoints().stream().map(Character::toString).reduce("", String::concat);
            String line = "PDF: " + choice.file() + " (family " + choice.family() + ") shows " + choice.codePoints()
                    .size() + " characters the theme's fonts lack: " + shown;
            fontsFound.add(line);
            diagnostics.decided(missing.get(0).first(), choice.codePoints().size() + " characters not in the "
                    + "theme's fonts", "font " + choice.file() + " as fallback family " + choice.family(),
                    "fallback-folders");
        }
        try {
            PdfEdition edition = chosen.isEmpty() ? pdf : CoveringFonts.withFallbacks(pdf, chosen);
            // A machine's font that may not be embedded is no fallback: the characters stay reported instead.
            return edition.checkFonts(new Diagnostics()) ? edition : pdf;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first line at or after the block's first line that holds the character; the block's line if none. */
    private SourcePosition lineOf(MissingCharacter missing) {
        List<String> lines = sources.computeIfAbsent(missing.first().file(), this::read);
        String character = Character.toString(missing.codePoint());
        for (int line = Math.max(1, missing.first().line()); line <= lines.size(); line++) {
            if (lines.get(line - 1).contains(character)) {
                return new SourcePosition(missing.first().file(), line);
            }
        }
        return missing.first();
    }

    private List<String> read(String file) {
        try {
            return Files.readString(basedir.resolve(file), charset).lines().toList();
        } catch (IOException | RuntimeException e) {
            // The character is still reported, at its block's line: the manuscript was read once already.
            return List.of();
        }
    }
}
