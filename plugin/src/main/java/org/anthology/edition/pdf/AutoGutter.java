package org.anthology.edition.pdf;

import java.io.IOException;
import java.util.Optional;

/**
 * Lays a book out with an inside margin fitted to its own page count: a first pass with the gutter table's
 * narrowest margin, and another pass only when the page count calls for a wider one. A wider gutter narrows the
 * text block and can only add pages, so the margin only grows and the passes end within the table's steps.
 */
final class AutoGutter {

    /** One laid-out book: its bytes, its page count and the inside margin it was set with. */
    record Layout(byte[] pdf, int pages, float margin) {
    }

    /** Lays the book out with an inside margin of {@code margin} points. */
    @FunctionalInterface
    interface Pass {
        Layout layOut(float margin) throws IOException;
    }

    private final GutterTable table;

    AutoGutter(GutterTable table) {
        this.table = table;
    }

    /** The book laid out by {@code pass} with the inside margin its page count calls for. */
    Layout layOut(Pass pass) throws IOException {
        Layout layout = pass.layOut(table.marginFor(0));
        for (int i = 0; i < table.steps().size(); i++) {
            Optional<Float> wider = widerMargin(layout);
            if (wider.isEmpty()) {
                return layout;
            }
            layout = pass.layOut(wider.get());
        }
        return layout;
    }

    /** The margin {@code layout}'s page count asks for, when it is wider than the one it was set with. */
    Optional<Float> widerMargin(Layout layout) {
        float wanted = table.marginFor(layout.pages());
        return wanted > layout.margin() ? Optional.of(wanted) : Optional.empty();
    }
}
