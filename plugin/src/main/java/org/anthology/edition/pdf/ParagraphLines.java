package org.anthology.edition.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page flow knows of a paragraph before it cuts it between pages: how many lines it has, their leading,
 * the space before it, and on which line each of its note references stands.
 */
record ParagraphLines(int total, float leading, float spacingBefore, List<NoteLine> notes) {

    /** The note {@code id} is referenced on line {@code line} (1-based) of the paragraph. */
    record NoteLine(String id, int line) {
    }

    ParagraphLines {
        notes = List.copyOf(notes);
    }

    /** The ids of the notes referenced on lines {@code from + 1} to {@code to}, in reading order. */
    List<String> notesOn(int from, int to) {
        List<String> out = new ArrayList<>();
        for (NoteLine note : notes) {
            if (note.line() > from && note.line() <= to) {
                out.add(note.id());
            }
        }
        return out;
    }
}
