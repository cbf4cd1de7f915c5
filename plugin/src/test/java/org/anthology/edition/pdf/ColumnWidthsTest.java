package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's width shared among its columns from their natural widths. */
class ColumnWidthsTest {

    @Test
    void givesColumnsThatFitTheirNaturalWidthAndAnEqualShareOfTheRest() {
        assertEquals(List.of(40f, 100f, 60f), ColumnWidths.of(List.of(20f, 80f, 40f), 200f));
    }

    @Test
    void keepsNarrowColumnsNaturalAndSharesTheRestAmongTheWideOnes() {
        assertEquals(List.of(30f, 135f, 135f), ColumnWidths.of(List.of(30f, 400f, 200f), 300f));
    }

    @Test
    void sharesTheWidthEquallyWhenEveryColumnIsWide() {
        assertEquals(List.of(50f, 50f), ColumnWidths.of(List.of(300f, 200f), 100f));
    }
}
