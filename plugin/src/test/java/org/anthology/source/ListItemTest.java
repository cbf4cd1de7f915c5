package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListItemTest {

    @Test
    void readsEachMarkerAndTheTextAfterIt() {
        assertEquals(Optional.of(new ListItem(ListItem.Marker.DASH, 1, "a point")), ListItem.parse("  -   a point "));
        assertEquals(Optional.of(new ListItem(ListItem.Marker.STAR, 1, "*starred*")), ListItem.parse("* *starred*"));
        assertEquals(Optional.of(new ListItem(ListItem.Marker.BULLET, 1, "tight")), ListItem.parse("•tight"));
        assertEquals(Optional.of(new ListItem(ListItem.Marker.NUMBER_DOT, 12, "twelfth")),
                ListItem.parse("12. twelfth"));
        assertEquals(Optional.of(new ListItem(ListItem.Marker.NUMBER_PAREN, 3, "third")), ListItem.parse("3)\tthird"));
    }

    @Test
    void aLineWithoutAMarkerAndItsSpaceIsNoItem() {
        for (String line : List.of("-no space", "1.5 million readers", "1234. too many digits", "*", "- ", "2010 was",
                "--- ", "x - y", "")) {
            assertEquals(Optional.empty(), ListItem.parse(line), line);
        }
    }

    @Test
    void aLineTerminatorInTheTextKeepsTheLineFromBeingAnItem() {
        for (String terminator : List.of("\n", "\r", "\u0085", "\u2028", "\u2029")) {
            assertEquals(Optional.empty(), ListItem.parse("- a point" + terminator + "and more"), terminator);
        }
        assertEquals("a point \u2027 and more", ListItem.parse("- a point \u2027 and more").orElseThrow().text());
    }
}
