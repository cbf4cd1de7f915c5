package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceSearchTest {

    private final FontFaces faces = new FontFaces(BookFonts.none());
    private final List<String> loads = new ArrayList<>();
    private final FaceSearch search = new FaceSearch(List.of("LiberationSerif", "LiberationMono"), family -> {
        loads.add(family);
        return faces.face(family, BookFonts.Face.REGULAR);
    });

    @Test
    void takesACharacterFromTheFirstFamilyThatShowsIt() {
        assertSame(faces.face("LiberationSerif", BookFonts.Face.REGULAR), search.faceFor('a'));
        assertSame(faces.face("LiberationSerif", BookFonts.Face.REGULAR), search.faceFor('é'));
    }

    @Test
    void loadsALaterFamilyOnlyForACharacterTheFirstLacks() {
        "plain text".codePoints().forEach(search::faceFor);
        assertEquals(List.of("LiberationSerif"), loads);
        BaseFont none = search.faceFor(0x4E2D);
        assertNull(none);
        assertEquals(List.of("LiberationSerif", "LiberationMono"), loads);
    }

    @Test
    void givesTheFirstFamilysFaceLoadedOnceAndSharedWithTheCharacterSearch() {
        assertSame(faces.face("LiberationSerif", BookFonts.Face.REGULAR), search.first());
        assertSame(search.first(), search.faceFor('a'));
        assertEquals(List.of("LiberationSerif"), loads);
    }

    @Test
    void remembersThatNoFamilyShowsACharacter() {
        assertNull(search.faceFor(0x1F600));
        assertNull(search.faceFor(0x1F600));
        assertNull(search.faceFor(0x4E2D));
    }
}
