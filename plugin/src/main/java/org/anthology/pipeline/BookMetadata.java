package org.anthology.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.anthology.model.Metadata;
import org.anthology.source.ContentsFile;

/**
 * Settles the book's metadata: explicit settings first, then the contents file, then the project's defaults. The identifier, when not given,
 * is a name-based (version 3) UUID of the book's Maven coordinates: stable across builds, never random.
 */
final class BookMetadata {

    private BookMetadata() {
    }

    static Metadata of(Settings settings, ContentsFile contents) {
        String title = settings.book().title().or(contents::title).or(settings.book().projectDefaults()::name).orElse("Untitled");
        List<String> editors = !settings.book().editors().isEmpty() ? settings.book().editors()
                : !contents.editors().isEmpty() ? contents.editors() : settings.book().projectDefaults().developers();
        String identifier = settings.book().identifier().orElseGet(() -> "urn:uuid:"
                + UUID.nameUUIDFromBytes(settings.book().identitySeed().getBytes(StandardCharsets.UTF_8)));
        return new Metadata(title, settings.book().subtitle().or(contents::subtitle), editors, settings.book().language(),
                identifier, settings.output().outputTimestamp(), settings.book().publisher(), settings.book().rights(),
                settings.book().description());
    }
}
