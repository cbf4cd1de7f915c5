package org.anthology.edition.pdf;

import java.util.List;

/**
 * A paragraph set into lines, the unit the page flow cuts between pages: its lines, their leading, the space
 * before and after it, how far it stands in from the text block's left edge, and a marker (a list item's bullet or
 * number) to hang in the margin of its first line, if any.
 */
record SetParagraph(List<SetLine> lines, float leading, float spacingBefore, float spacingAfter, float indent,
                    List<SetLine.Placed> marker) {

    SetParagraph {
        lines = List.copyOf(lines);
        marker = List.copyOf(marker);
    }

    /** The same paragraph with {@code marker} hung before its first line. */
    SetParagraph withMarker(List<SetLine.Placed> marker) {
        return new SetParagraph(lines, leading, spacingBefore, spacingAfter, indent, marker);
    }
}
