package org.anthology.edition.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs EPUBCheck, the W3C's EPUB validator, on a written book and collects what it reports. */
public final class EpubChecker {

    private EpubChecker() {
    }

    /** Validates {@code epub} as EPUB 3 and returns the counts and messages. */
    public static EpubCheckResult check(Path epub) {
        CollectingReport report = new CollectingReport();
        EpubCheck checker = new EpubCheck(epub.toFile(), report);
        checker.setLocale(Locale.ROOT);
        checker.check();
        return new EpubCheckResult(report.fatals, report.errors, report.warnings, report.messages);
    }

    /** Counts messages by severity; the base class applies the reporting level before calling us. */
    private static final class CollectingReport extends MasterReport {
        int fatals;
        int errors;
        int warnings;
        final List<String> messages = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.FATAL) {
                fatals++;
            } else if (severity == Severity.ERROR) {
                errors++;
            } else if (severity == Severity.WARNING) {
                warnings++;
            }
            messages.add(severity + " " + message.getID() + " " + location + ": " + message.getMessage(args));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // Feature reports (detected languages, fonts, ...) are not findings.
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
