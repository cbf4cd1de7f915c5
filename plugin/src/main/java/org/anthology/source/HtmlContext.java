package org.anthology.source;

import java.nio.file.Path;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.jsoup.nodes.Node;

/**
 * What converting one HTML text needs to know: the file and the line its markup starts on (for {@code file:line}),
 * how images resolve, which elements are notes, and where problems and decisions go.
 */
final class HtmlContext {

    /** Deeper nesting than this is markup gone wrong (or hostile), never a manuscript's structure. */
    static final int DEEPEST = 200;

    private final String file;
    private final int lineOffset;
    private final Images images;
    private final Diagnostics diagnostics;
    private HtmlNotes notes = HtmlNotes.NONE;
    private int depth;

    HtmlContext(String file, int firstLine, Path directory, Diagnostics diagnostics) {
        this.file = file;
        this.lineOffset = firstLine - 1;
        this.images = new Images(directory, diagnostics);
        this.diagnostics = diagnostics;
    }

    /** Where {@code node} starts in the source file; the markup's first line when the parser did not track it. */
    SourcePosition at(Node node) {
        int line = node.sourceRange().isTracked() ? node.sourceRange().start().lineNumber() : 1;
        return new SourcePosition(file, lineOffset + Math.max(line, 1));
    }

    /**
     * Steps into an element; false when the nesting is deeper than {@link #DEEPEST}, where the element must be read
     * as plain text (jsoup's own text extraction does not recurse) so no stack overflows.
     */
    boolean enter(Node element) {
        depth++;
        if (depth == DEEPEST + 1) {
            diagnostics.warning(at(element), "HTML nested more than " + DEEPEST + " elements deep; what lies deeper "
                    + "is read as plain text. Remove the extra nesting");
        }
        return depth <= DEEPEST;
    }

    /** Steps out of an element entered with {@link #enter}. */
    void leave() {
        depth--;
    }

    Images images() {
        return images;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    HtmlNotes notes() {
        return notes;
    }

    void notes(HtmlNotes found) {
        this.notes = found;
    }
}
