package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChapterReaderTest {

    @Test
    void numbersChapterIdsWithAtLeastTwoDigits() {
        assertEquals("ch01", ChapterReader.id(1));
        assertEquals("ch09", ChapterReader.id(9));
        assertEquals("ch10", ChapterReader.id(10));
        assertEquals("ch100", ChapterReader.id(100));
        assertEquals("ch1234", ChapterReader.id(1234));
    }
}
