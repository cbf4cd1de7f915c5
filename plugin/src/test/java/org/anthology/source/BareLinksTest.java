package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BareLinksTest {

    @Test
    void seesEveryMarkABareLinkNeeds() {
        assertTrue(BareLinks.mayHold("See https://example.org today."));
        assertTrue(BareLinks.mayHold("See WWW.example.org today."));
        assertTrue(BareLinks.mayHold("Write to ann@example.org."));
    }

    @Test
    void countsEntitiesAndEscapesAsPossibleMarks() {
        assertTrue(BareLinks.mayHold("Write to ann&#64;example.org."));
        assertTrue(BareLinks.mayHold("See http\\://example.org."));
    }

    @Test
    void findsNoneInProseWithAmpersandsColonsAndFullStops() {
        assertFalse(BareLinks.mayHold("R&D at 10:30 in the www-era, said Ms. Wu. A & B; done."));
    }
}
