package org.anthology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void fallsBackToEnglishForALanguageWithoutItsOwnTable() {
        Locale machine = Locale.getDefault();
        try {
            // The machine's locale must not decide the book's words.
            Locale.setDefault(Locale.GERMANY);
            Wording wording = Wording.forLanguage("zh-Hans");

            assertEquals("Edited by Ada", wording.get("edited-by", "Ada"));
            assertEquals("Contents", wording.get("contents"));
            assertEquals("Chinese", wording.languageName("zh"));
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void joinsNamesAsAReaderSaysThem() {
        Wording wording = Wording.forLanguage("en");

        assertEquals("", wording.join(List.of()));
        assertEquals("A", wording.join(List.of("A")));
        assertEquals("A and B", wording.join(List.of("A", "B")));
        assertEquals("A, B and C", wording.join(List.of("A", "B", "C")));
    }

    @Test
    void refusesAKeyNoTableHas() {
        assertThrows(IllegalArgumentException.class, () -> Wording.forLanguage("en").get("no-such-words"));
    }

    @Test
    void sortsNamesLastWordFirstUnlessWrittenWithAComma() {
        assertEquals("Wei, Li", Credits.fileAs("Li Wei"));
        assertEquals("Editors, The Anthology", Credits.fileAs("The Anthology Editors"));
        assertEquals("Homer", Credits.fileAs("Homer"));
        assertEquals("Le Guin, Ursula K.", Credits.fileAs("Le Guin, Ursula K."));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"de", "fr", "es", "it", "nl", "pt"})
    void everyTranslatedTableHasEveryKeyInItsOwnWords(String language) throws java.io.IOException {
        assertEquals(true, Wording.hasTable(language));
        Wording own = Wording.forLanguage(language);
        java.util.Properties table = new java.util.Properties();
        try (var in = Wording.class.getResourceAsStream("Wording_" + language + ".properties")) {
            table.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : Wording.keys()) {
            // Read from the language's own file, not inherited from the English one.
            assertEquals(true, table.containsKey(key), language + " lacks " + key);
        }
        for (String key : List.of("contents", "acknowledgments", "contributors", "foreword", "dedication")) {
            assertNotEquals(Wording.forLanguage("en").get(key), own.get(key), language + " " + key);
        }
    }

    @Test
    void germanSaysItsGeneratedWordsInGerman() {
        Wording german = Wording.forLanguage("de-AT");

        assertEquals("Herausgegeben von Ada und Bo", german.get("edited-by", german.join(List.of("Ada", "Bo"))));
        assertEquals("Inhalt", german.get("contents"));
        assertEquals("Sprache: Deutsch", german.get("language", german.languageName("de")));
    }

    @Test
    void editorsLabelsTakeTheTablesPlace() {
        Wording wording = Wording.forLanguage("sv").withLabels(java.util.Map.of("contents", "Innehåll",
                "edited-by", "Redigerad av {0}"));

        assertEquals(false, Wording.hasTable("sv"));
        assertEquals("Innehåll", wording.get("contents"));
        assertEquals("Redigerad av Ada", wording.get("edited-by", "Ada"));
        assertEquals("Colophon", wording.get("colophon"));
    }
}
