package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Diagnostics;
import org.anthology.model.Fixtures;
import org.junit.jupiter.api.Test;

class AnchorNormalizerTest {

    @Test
    void makesBookUniqueIdsFromHeadingText() {
        Anthology book = new AnchorNormalizer().apply(Fixtures.twoChapterBook(), new Diagnostics());
        List<String> ids = book.chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).id()).toList();
        assertEquals(List.of("ch01-early-days", "ch01-a-subsection", "ch02-code-listing"), ids);
    }

    @Test
    void slugsAccentsAndNonLatinText() {
        assertEquals("cafe-creme", AnchorNormalizer.slug("Café Crème!", 1));
        assertEquals("s4", AnchorNormalizer.slug("互联网", 4));
    }
}
