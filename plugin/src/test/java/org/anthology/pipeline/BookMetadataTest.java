package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.anthology.model.Metadata;
import org.anthology.source.ContentsFile;
import org.junit.jupiter.api.Test;

class BookMetadataTest {

    private static Settings settings(Optional<String> title, List<String> editors, ProjectDefaults defaults) {
        return TestSettings.in(Path.of("/tmp/book")).toBuilder().title(title).editors(editors)
                .projectDefaults(defaults).build();
    }

    private static final ContentsFile CONTENTS = new ContentsFile(Optional.of("Contents Title"), Optional.empty(),
            List.of("Contents Editor"), List.of());

    @Test
    void prefersSettingsThenContentsThenProject() {
        ProjectDefaults project = new ProjectDefaults(Optional.of("Project Name"), List.of("Dev One"));
        Metadata explicit = BookMetadata.of(settings(Optional.of("Set Title"), List.of("Set Editor"), project),
                CONTENTS);
        assertEquals("Set Title", explicit.title());
        assertEquals(List.of("Set Editor"), explicit.creators());
        Metadata fromContents = BookMetadata.of(settings(Optional.empty(), List.of(), project), CONTENTS);
        assertEquals("Contents Title", fromContents.title());
        assertEquals(List.of("Contents Editor"), fromContents.creators());
        Metadata fromProject = BookMetadata.of(settings(Optional.empty(), List.of(), project), ContentsFile.empty());
        assertEquals("Project Name", fromProject.title());
        assertEquals(List.of("Dev One"), fromProject.creators());
    }

    @Test
    void derivesAStableIdentifierFromTheCoordinates() {
        Settings s = settings(Optional.empty(), List.of(), ProjectDefaults.none());
        String id = BookMetadata.of(s, ContentsFile.empty()).identifier();
        assertTrue(id.matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
        assertEquals(id, BookMetadata.of(s, ContentsFile.empty()).identifier());
    }
}
