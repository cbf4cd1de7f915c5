package org.anthology.edition.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Inline;
import org.anthology.model.Metadata;
import org.anthology.model.SourcePosition;

/**
 * Books of a chosen thickness for the print tests: short chapters, each on a right-hand page with a blank page
 * behind it, so a book's page count is about twice its chapter count.
 */
final class PrintBook {

    static final String TITLE = "Tidewater Letters";
    static final String DESCRIPTION = "Letters from the estuary, collected over forty winters.";

    private PrintBook() {
    }

    /** A book of {@code chapters} one-paragraph chapters with the given identifier. */
    static Anthology of(int chapters, String identifier) {
        Random random = new Random(7);
        List<Chapter> out = new ArrayList<>();
        for (int c = 1; c <= chapters; c++) {
            String file = "seeds/letter-" + c + ".md";
            Block paragraph = new Block.Paragraph(List.of(new Inline.Text(LongBook.sentences(random, 4))),
                    new SourcePosition(file, 3));
            out.add(new Chapter("letter" + c, "Letter " + c, Optional.empty(), Optional.empty(), List.of(paragraph),
                    new SourcePosition(file, 1)));
        }
        Metadata metadata = new Metadata(TITLE, Optional.of("An Estuary Anthology"), List.of("Ed Itor", "Ann Other"),
                "en", identifier, Instant.parse("2026-11-01T00:00:00Z"), Optional.empty(), Optional.empty(),
                Optional.of(DESCRIPTION));
        return new Anthology(metadata, out);
    }

    /** A book of {@code chapters} chapters without an ISBN. */
    static Anthology of(int chapters) {
        return of(chapters, "urn:uuid:5f0c1f1e-9a43-4c1e-8f3b-2d6a7e9b0c11");
    }
}
