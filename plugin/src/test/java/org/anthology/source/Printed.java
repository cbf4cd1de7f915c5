package org.anthology.source;

import java.util.List;
import java.util.Optional;
import org.anthology.model.Anthology;
import org.anthology.model.Block;
import org.anthology.model.Chapter;
import org.anthology.model.Fixtures;
import org.anthology.model.ModelPrinter;
import org.anthology.model.SourcePosition;

/** Prints blocks in the model printer's notation, without the book and chapter lines, for reader tests. */
final class Printed {

    private Printed() {
    }

    static String blocks(List<Block> blocks) {
        Chapter chapter = new Chapter("ch01", "T", Optional.empty(), Optional.empty(), blocks,
                new SourcePosition("t", 1));
        String printed = ModelPrinter.print(new Anthology(Fixtures.metadata("B"), List.of(chapter)));
        return printed.lines().skip(2).map(line -> line.substring(4)).reduce("", (a, b) -> a + b + "\n");
    }
}
