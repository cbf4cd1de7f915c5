package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.junit.jupiter.api.Test;

/** The report is the same file on every machine: its figures are ASCII digits whatever the default locale. */
class NormalizationReportLocaleTest {

    @Test
    void aChaptersSummaryHasAsciiDigitsInAPersianLocale() {
        Chapter chapter = Fixtures.twoChapterBook().chapters().get(0);
        String expected = NormalizationReport.summary(chapter, List.of());
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("fa-IR"));
        try {
            assertEquals(expected, NormalizationReport.summary(chapter, List.of()));
            assertEquals(expected.replaceAll("[^0-9]", "").length(),
                    expected.replaceAll("[^\\p{Nd}]", "").length(), "only ASCII digits: " + expected);
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
