package org.anthology.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anthology.edition.Edition;
import org.anthology.edition.LayoutProblem;
import org.anthology.edition.epub.EpubOptions;
import org.anthology.edition.pdf.LayoutWarmUp;
import org.anthology.edition.pdf.PdfEdition;
import org.anthology.model.Anthology;
import org.anthology.model.Chapter;
import org.anthology.model.Decision;
import org.anthology.model.Diagnostics;
import org.anthology.model.Part;
import org.anthology.model.PerChapter;
import org.anthology.model.Problem;
import org.anthology.model.SourcePosition;
import org.anthology.model.Wording;
import org.anthology.normalize.Normalizers;
import org.anthology.source.ContentsFile;
import org.anthology.source.Manuscripts;
import org.anthology.source.ReadingWarmUp;
import org.anthology.toc.TableOfContents;
import org.anthology.toc.TocBuilder;

/**
 * Runs one build: read the manuscripts, normalize, build the table of contents, write the editions. Problems are
 * collected through every stage and reported together; if any is an error, nothing is written.
 */
public final class AnthologyPipeline {

    /** How deep the table of contents goes: chapters and two levels of sections. */
    private static final int TOC_DEPTH = 3;

    private final BuildLog log;
    /** What the build is doing, for the problem line of a failure no stage expected. */
    private String stage = "";

    /** A pipeline that reports to {@code log}. */
    public AnthologyPipeline(BuildLog log) {
        this.log = log;
    }

    /** Builds the book described by {@code settings}. I/O failures propagate; bad input comes back as problems. */
    public Outcome run(Settings settings) throws IOException {
        Diagnostics paths = new Diagnostics();
        OutputPaths.check(settings, paths);
        if (paths.hasErrors()) {
            return fail(paths);
        }
        BuildStamp stamp = stamp(settings);
        // The readers take tens of milliseconds to set up: a build sure to run (nothing built yet, or forced) readies
        // them on the other core while this one checks the inputs; any other only once the check finds work, so an
        // unchanged build does not share its cores with them.
        boolean sureToRun = settings.build().force() || !Files.isRegularFile(stamp.file());
        Runnable warmUp = () -> ReadingWarmUp.start(settings.sources().sourceDirectory(),
                settings.sources().contentsFile());
        if (sureToRun) {
            warmUp.run();
        }
        String fingerprint = InputFingerprint.of(settings, stamp.inputs());
        log.debug("Input fingerprint " + fingerprint + " (" + stamp.file() + ")");
        if (!settings.build().force() && stamp.isCurrent(fingerprint)) {
            log.info("The editions are up to date with their inputs; nothing to do (-Danthology.force rebuilds)");
            return new Outcome(stamp.editions(), List.of(), true);
        }
        if (!sureToRun) {
            warmUp.run();
        }
        try (HeapPeak heap = new HeapPeak(); BuildThreads threads = BuildThreads.perCore();
             StageClock clock = new StageClock(log)) {
            Outcome outcome = build(settings, fingerprint, stamp, threads.tasks(), clock);
            log.info("Stage times: " + clock.summary() + "; peak heap " + heap.megabytes()
                    + " MB (the most in use at once during the build)");
            log.info("Stage CPU times: " + clock.cpuSummary() + " (CPU time of all the JVM's threads)");
            return outcome;
        }
    }

    private Outcome build(Settings settings, String fingerprint, BuildStamp stamp, PerChapter tasks,
                          StageClock clock) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        try {
            return stages(settings, fingerprint, stamp, tasks, clock, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            return unexpected(e, diagnostics);
        }
    }

    private Outcome stages(Settings settings, String fingerprint, BuildStamp stamp, PerChapter tasks,
                           StageClock clock, Diagnostics diagnostics) throws IOException {
        if (settings.output().formats().contains(Format.PDF)) {
            // What the PDF's first lines wait for is loaded while the manuscripts are read and normalized.
            LayoutWarmUp.start(settings.book().language());
        }
        stage = "reading the manuscripts";
        LanguageTags.checkBook(settings.book().language(), diagnostics);
        ContentsFile contents = readContents(settings, diagnostics);
        Manuscripts manuscripts = new Manuscripts(settings.sources().basedir(), settings.sources().encoding(), tasks);
        List<Chapter> chapters = clock.time("read", tasks::progress,
                () -> manuscripts.read(settings.sources().sourceDirectory(), contents, diagnostics));
        List<Part> parts = manuscripts.parts(settings.sources().sourceDirectory(), contents, chapters, diagnostics);
        LanguageTags.checkChapters(chapters, diagnostics);
        SourceBounds bounds = new SourceBounds(settings.sources());
        bounds.checkManuscripts(settings.sources().sourceDirectory(), contents, chapters, diagnostics);
        bounds.checkImages(chapters, parts, tasks, diagnostics);
        bounds.checkSettingsFiles(settings, diagnostics);
        logChoices(settings);
        stage = "reading the cover";
        EpubOptions epubOptions = CoverImages.find(settings, diagnostics)
                .map(EpubOptions.defaults()::withCover).orElseGet(EpubOptions::defaults)
                .withSubjects(settings.book().subjects());
        if (settings.book().microenterprise()) {
            epubOptions = epubOptions.withMicroenterpriseExemption();
        }
        int readErrors = diagnostics.errors().size();
        stage = "reading the styles";
        Styles styles = new Styles(settings.sources().stylesDirectory(), settings.sources().theme(), diagnostics,
                log);
        List<Edition> editions = styles.editions(settings.output().formats(), epubOptions, tasks);
        editions.stream().filter(PdfEdition.class::isInstance).map(PdfEdition.class::cast)
                .forEach(LayoutWarmUp::fonts);
        // Without manuscripts or with a broken theme there is nothing to check the texts against.
        if (chapters.isEmpty() || diagnostics.errors().size() > readErrors) {
            return fail(diagnostics);
        }
        // Input errors do not stop the checks that follow, so one build names every problem of every kind.
        Anthology raw = new Anthology(BookMetadata.of(settings, contents), chapters, parts, contents.labels());
        warnUntranslated(raw, contents, diagnostics);
        stage = "normalizing the text";
        Normalizers.Normalized normalized = clock.time("normalize", tasks::progress, () -> UnexpectedFailure
                .normalize(Normalizers.standard(settings.sources().normalization(), tasks), raw, diagnostics));
        Anthology book = normalized.book();
        warnEmptyChapters(book, diagnostics);
        boolean inputErrors = diagnostics.hasErrors();
        stage = "checking the editions and the print cover";
        EditionChecks checks = new EditionChecks(settings.sources().basedir(), settings.sources().encoding(), styles.fallbackFolders());
        List<Edition> writable = clock.time("check", Optional::empty, () -> PrintCovers.add(
                checks.writable(editions, book, diagnostics), CoverImages.art(settings), settings.book().subjects(),
                book, diagnostics));
        checks.fontsFound().forEach(log::info);
        if (inputErrors || writable.isEmpty()
                || settings.build().failOnWarnings() && !diagnostics.warnings().isEmpty()) {
            return fail(diagnostics);
        }
        logChapters(book, diagnostics, tasks);
        stage = "building the table of contents";
        TableOfContents toc = clock.time("contents", Optional::empty, () -> new TocBuilder(TOC_DEPTH).build(book));
        // The report is written first and the stamp with the editions, so a disk that fills up fails the build
        // before any edition is replaced.
        stage = "writing the normalization report";
        Path reportFile = NormalizationReport.write(settings.output().outputDirectory(), book, diagnostics.decisions(),
                diagnostics.problems(), normalized.typography());
        EditionWriter writer = new EditionWriter(settings.output().outputDirectory(), settings.output().finalName());
        Map<Path, byte[]> companions = new LinkedHashMap<>();
        if (!diagnostics.hasErrors()) {
            List<Path> read = InputFingerprint.readBy(book, tasks);
            String built = read.equals(stamp.inputs()) ? fingerprint : InputFingerprint.of(settings, read);
            companions.put(stamp.file(), stamp.content(built, writer.targets(writable), read));
        }
        List<Path> written = writer.writeAll(writable, book, toc, companions, clock);
        diagnostics.notes().forEach(note -> log.info(note.toString()));
        if (diagnostics.hasErrors()) {
            report(diagnostics.problems());
            editions.stream().filter(e -> writable.stream().noneMatch(w -> w.extension().equals(e.extension())))
                    .forEach(e -> log.error("The " + e.extension()
                    + " edition was not written because of the problems above; the other editions were"));
        } else {
            report(diagnostics.warnings());
        }
        log.info("Normalization report: " + reportFile);
        for (int i = 0; i < written.size(); i++) {
            log.info(writer.summary(written.get(i), writable.get(i), clock));
        }
        writable.forEach(edition -> edition.report().ifPresent(log::info));
        printersCheck(writable);
        return new Outcome(written, diagnostics.problems(), false);
    }

    private static BuildStamp stamp(Settings settings) {
        return new BuildStamp(settings.output().outputDirectory(), settings.output().finalName(),
                settings.output().formats());
    }

    /**
     * One line per print file: its figures and what the print service asks that it misses. Information, not a
     * warning: a PDF read on screen need not meet a printer's rules, and the line says plainly what is missing.
     */
    private void printersCheck(List<Edition> editions) {
        for (Edition edition : editions) {
            edition.printersCheck().ifPresent(check -> log.info("Printer's check, " + check.line()));
        }
    }

    private ContentsFile readContents(Settings settings, Diagnostics diagnostics) throws IOException {
        Optional<Path> file = settings.sources().contentsFile();
        if (file.isEmpty()) {
            return ContentsFile.empty();
        }
        String shown = settings.sources().basedir().relativize(file.get().toAbsolutePath()).toString().replace('\\', '/');
        if (!Files.isRegularFile(file.get())) {
            diagnostics.error(null, "contents file " + shown + " does not exist. Create it or remove <contentsFile>");
            return ContentsFile.empty();
        }
        return ContentsFile.read(file.get(), shown, diagnostics);
    }

    /** A book language without a table of its own gets English generated words; the editor may set each one. */
    private static void warnUntranslated(Anthology book, ContentsFile contents, Diagnostics diagnostics) {
        String language = book.metadata().language();
        if (Wording.hasTable(language)) {
            return;
        }
        List<String> unset = Wording.keys().stream().filter(k -> !contents.labels().containsKey(k)).toList();
        if (!unset.isEmpty()) {
            diagnostics.warning(null, "there are no generated words for language '" + language + "', so they are "
                    + "in English. Set them under 'labels:' in the contents file, keys " + String.join(", ", unset));
        }
    }

    /**
     * A failure no stage expected, as one problem at the block being processed when known; a fault that only the
     * layout reveals is an ordinary problem there, anything else a bug whose exception the outcome keeps.
     */
    private Outcome unexpected(Throwable thrown, Diagnostics diagnostics) {
        String where = thrown instanceof UnexpectedFailure.InStage inStage ? inStage.stage() : stage;
        Throwable failure = thrown instanceof UnexpectedFailure.InStage ? thrown.getCause() : thrown;
        SourcePosition at = UnexpectedFailure.position(failure).orElse(null);
        Optional<LayoutProblem> layout = UnexpectedFailure.layoutProblem(failure);
        diagnostics.error(at, layout.map(LayoutProblem::getMessage)
                .orElseGet(() -> UnexpectedFailure.message(where, failure)));
        report(diagnostics.problems());
        return new Outcome(List.of(), diagnostics.problems(), false,
                layout.isPresent() ? Optional.empty() : Optional.of(failure));
    }

    private Outcome fail(Diagnostics diagnostics) {
        diagnostics.notes().forEach(note -> log.info(note.toString()));
        report(diagnostics.problems());
        return new Outcome(List.of(), diagnostics.problems(), false);
    }

    private void report(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.severity() == Problem.Severity.ERROR) {
                log.error(problem.toString());
            } else {
                log.warn(problem.toString());
            }
        }
    }

    /** What -X shows of the settings the build goes by: language, date, contents file, cover. */
    private void logChoices(Settings settings) {
        log.debug("Language " + settings.book().language() + ", dated " + settings.output().outputTimestamp()
                + ", formats " + settings.output().formats().stream().map(Format::extension).toList());
        log.debug("Manuscripts from " + settings.sources().sourceDirectory() + ", contents file "
                + settings.sources().contentsFile().map(Path::toString)
                .orElse("none (natural order of the file names)"));
        log.debug("Cover: " + CoverImages.candidates(settings).stream().filter(Files::isRegularFile).findFirst()
                .map(Path::toString).orElse("none found, generated from the title"));
    }

    /** An empty chapter is a blank page in the PDF and an empty one in the EPUB: worth a warning, not a note. */
    private static void warnEmptyChapters(Anthology book, Diagnostics diagnostics) {
        for (Chapter chapter : book.chapters()) {
            if (chapter.blocks().isEmpty()) {
                diagnostics.warning(chapter.source(), "the chapter has no text. Write it, or leave the file out of "
                        + "the source directory");
            }
        }
    }

    private void logChapters(Anthology book, Diagnostics diagnostics, PerChapter tasks) {
        Map<String, List<Decision>> decisions = NormalizationReport.byFile(diagnostics.decisions());
        int n = book.chapters().size();
        List<Long> counts = tasks.mapPure(book.chapters(), diagnostics, (chapter, own) -> WordCount.of(chapter));
        long words = 0;
        for (int i = 0; i < n; i++) {
            Chapter chapter = book.chapters().get(i);
            long count = counts.get(i);
            words += count;
            String file = chapter.source().file();
            log.info(String.format("Chapter %d/%d: %s (%d words, from %s; %s)", i + 1, n, chapter.title(), count,
                    file, NormalizationReport.summary(chapter, decisions.getOrDefault(file, List.of()))));
        }
        log.info(String.format("%d chapters, %d words", n, words));
    }
}
