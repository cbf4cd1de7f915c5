package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.anthology.model.Problem;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {

    @Test
    void acceptsWellFormedTags() {
        for (String tag : List.of("en", "en-GB", "de-CH-1996", "zh-Hans-CN", "pt-BR", "sr-Latn")) {
            assertEquals(Optional.empty(), LanguageTags.problem(tag), tag);
        }
    }

    @Test
    void namesTheTagAJavaLocaleNameMeant() {
        assertEquals(Optional.of("Write en-GB"), LanguageTags.problem("en_GB"));
        assertEquals(Optional.of("Write zh-Hant-TW"), LanguageTags.problem("zh_Hant_TW"));
    }

    @Test
    void offersExamplesForWhatIsNoTagAtAll() {
        assertEquals(Optional.of("Write a tag such as en, en-GB, de, pt-BR or zh-Hans"),
                LanguageTags.problem("English (UK)"));
        assertEquals(Optional.of("Write a tag such as en, en-GB, de, pt-BR or zh-Hans"), LanguageTags.problem(""));
    }

    @Test
    void theBooksLanguageFailsTheBuildNamingTheFix() {
        Diagnostics diagnostics = new Diagnostics();
        LanguageTags.checkBook("en_GB", diagnostics);
        assertEquals(List.of("the book's language 'en_GB' is not a BCP 47 language tag. Write en-GB in <language> "
                + "or -Danthology.language"), diagnostics.errors().stream().map(Problem::toString).toList());
    }
}
