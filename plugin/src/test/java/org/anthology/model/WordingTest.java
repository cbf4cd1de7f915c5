package org.anthology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
