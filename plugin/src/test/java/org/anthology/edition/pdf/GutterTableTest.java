package org.anthology.edition.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GutterTableTest {

    private static final GutterTable KDP = GutterTable.kdp();

    @Test
    void followsKdpsPublishedTable() {
        assertEquals(0.375f * 72, KDP.marginFor(24), 0.001f);
        assertEquals(0.375f * 72, KDP.marginFor(150), 0.001f);
        assertEquals(0.5f * 72, KDP.marginFor(151), 0.001f);
        assertEquals(0.5f * 72, KDP.marginFor(300), 0.001f);
        assertEquals(0.625f * 72, KDP.marginFor(301), 0.001f);
        assertEquals(0.75f * 72, KDP.marginFor(700), 0.001f);
        assertEquals(0.875f * 72, KDP.marginFor(701), 0.001f);
        assertEquals(0.875f * 72, KDP.marginFor(828), 0.001f);
    }

    @Test
    void aBookThickerThanTheLastStepKeepsItsMargin() {
        assertEquals(0.875f * 72, KDP.marginFor(1200), 0.001f);
    }

    @Test
    void readsStepsWithUnitsInAnyOrder() {
        GutterTable table = GutterTable.parse("400: 20mm, 100:0.5in");
        assertEquals(36f, table.marginFor(99), 0.001f);
        assertEquals(20 * 72 / 25.4f, table.marginFor(101), 0.001f);
    }

    @Test
    void rejectsAMalformedStep() {
        assertThrows(IllegalArgumentException.class, () -> GutterTable.parse("150=0.375in"));
        assertThrows(IllegalArgumentException.class, () -> GutterTable.parse("many:0.5in"));
        assertThrows(IllegalArgumentException.class, () -> GutterTable.parse("150:wide"));
    }

    @Test
    void laysOutOnceWhenThePageCountStaysOnTheFirstStep() throws Exception {
        List<Float> passes = new ArrayList<>();
        AutoGutter.Layout layout = new AutoGutter(KDP).layOut(margin -> {
            passes.add(margin);
            return new AutoGutter.Layout(new byte[0], 100, margin);
        });
        assertEquals(List.of(27f), passes);
        assertEquals(27f, layout.margin(), 0.001f);
    }

    @Test
    void laysOutAgainOnlyWhenThePageCountCrossesAStep() throws Exception {
        List<Float> passes = new ArrayList<>();
        // A wider gutter sets fewer words a line, so the second pass runs longer still, onto the next step.
        AutoGutter.Layout layout = new AutoGutter(KDP).layOut(margin -> {
            passes.add(margin);
            int pages = passes.size() == 1 ? 290 : 310;
            return new AutoGutter.Layout(new byte[0], pages, margin);
        });
        assertEquals(List.of(27f, 36f, 45f), passes);
        assertEquals(45f, layout.margin(), 0.001f);
        assertEquals(310, layout.pages());
    }
}
