package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void ordersNumbersByValueNotByCharacter() {
        List<String> names = new ArrayList<>(List.of("10-x.md", "2-x.md", "1-b.md", "003_c.txt", "000_a.txt"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("000_a.txt", "1-b.md", "2-x.md", "003_c.txt", "10-x.md"), names);
    }

    @Test
    void makesFileNamesReadable() {
        assertEquals("The long march", ChapterReader.readable("03-the_long-march.md"));
        assertEquals("007", ChapterReader.readable("007.txt"));
    }
}
