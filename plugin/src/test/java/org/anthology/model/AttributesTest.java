package org.anthology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributesTest {

    @Test
    void saysNoIdYetWithAnEmptyOptionalNeverAnEmptyString() {
        assertEquals(Attributes.NONE, Attributes.ofId(""));
        assertEquals(Optional.empty(), new Block.Heading(2, List.of(), "", Fixtures.at("a.md", 1)).attributes().id());
        assertThrows(IllegalArgumentException.class, () -> new Attributes(Optional.of(""), List.of(),
                new java.util.TreeMap<>(), Optional.empty(), Optional.empty()));
    }

    @Test
    void oldConstructorsMeanOnlyAnId() {
        Block.Heading heading = new Block.Heading(2, List.of(), "ch01-x", Fixtures.at("a.md", 1));
        Inline.NoteReference ref = new Inline.NoteReference("n", Optional.of("1"), "ch01-note-n");

        assertEquals(Attributes.ofId("ch01-x"), heading.attributes());
        assertEquals("ch01-x", heading.id());
        assertEquals(Optional.of("ch01-note-n"), ref.attributes().id());
        assertTrue(new Block.Paragraph(List.of(), Fixtures.at("a.md", 1)).attributes().isEmpty());
    }

    @Test
    void keepsLanguageAndDirectionWhenTheIdChanges() {
        Attributes hebrew = Attributes.NONE.withLanguage("he").withDirection(Attributes.Direction.RTL);
        Block.Heading heading = new Block.Heading(2, List.of(), hebrew, Fixtures.at("a.md", 1)).withId("ch01-x")
                .withLevel(3);

        assertEquals(Optional.of("he"), heading.attributes().language());
        assertEquals(Optional.of(Attributes.Direction.RTL), heading.attributes().direction());
        assertEquals(Optional.of("ch01-x"), heading.attributes().id());
    }

    @Test
    void printsEveryPartInAFixedOrder() {
        Attributes attributes = new Attributes(Optional.of("x"), List.of("a", "b"), new java.util.TreeMap<>(),
                Optional.of("he"), Optional.of(Attributes.Direction.RTL)).with("z", "2").with("k", "1");

        assertEquals(" #x .a .b lang=he dir=rtl k=1 z=2", attributes.printed());
        assertEquals("", Attributes.NONE.printed());
    }
}
