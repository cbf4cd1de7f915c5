package org.anthology.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources stay inside the project and outputs inside the build directory, or the build names what left them. */
class OutOfBoundsTest {

    @TempDir
    Path root;

    private Path project;
    private Path elsewhere;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void folders() throws IOException {
        project = Files.createDirectories(root.resolve("project"));
        elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        text("1-a.md", "# Alpha\n\nThe first text.\n");
    }

    private void text(String name, String content) throws IOException {
        Path file = project.resolve("texts").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Outcome run(Settings settings) throws IOException {
        return new AnthologyPipeline(log).run(settings);
    }

    private Settings settings() {
        return TestSettings.in(project);
    }

    private static List<String> errors(Outcome outcome) {
        return outcome.problems().stream().map(Object::toString).toList();
    }

    @Test
    void refusesASymbolicLinkToATextOutsideTheProject() throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "# Secret\n\nPrivate words.\n");
        Files.createSymbolicLink(project.resolve("texts/2-link.md"), secret);

        Outcome outcome = run(settings());

        assertTrue(outcome.failed());
        assertEquals(List.of("texts/2-link.md:1: manuscript texts/2-link.md resolves to " + secret.toRealPath()
                + ", outside the project. Copy it into the project, or name its folder in <allowedSourceFolders>"),
                errors(outcome));
        assertFalse(Files.exists(project.resolve("out/book.epub")));
    }

    @Test
    void namesTheContentsLineOfALinkedChapter() throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "# Secret\n\nPrivate words.\n");
        Files.createSymbolicLink(project.resolve("texts/2-link.md"), secret);
        Path contents = Files.writeString(project.resolve("contents.yaml"),
                "title: T\nchapters:\n  - file: 1-a.md\n  - file: 2-link.md\n");

        Outcome outcome = run(TestSettings.in(project, Optional.of(contents), false, false));

        assertTrue(errors(outcome).get(0).startsWith("contents.yaml:4: manuscript texts/2-link.md resolves to"),
                errors(outcome)::toString);
    }

    @Test
    void readsALinkedTextFromAnAllowedFolder() throws IOException {
        Path shared = Files.writeString(elsewhere.resolve("shared.md"), "# Shared\n\nWords shared by books.\n");
        Files.createSymbolicLink(project.resolve("texts/2-link.md"), shared);

        Outcome outcome = run(settings().toBuilder().allowedFolders(List.of(elsewhere)).build());

        assertFalse(outcome.failed(), outcome::problemSummary);
        assertTrue(Files.isRegularFile(project.resolve("out/book.epub")));
    }

    @Test
    void refusesAnImageOutsideTheProjectAtItsParagraph() throws IOException {
        png(elsewhere.resolve("pic.png"));
        text("2-pic.md", "# Pictures\n\nText.\n\nLook: ![a picture](../../elsewhere/pic.png)\n");

        Outcome outcome = run(settings());

        assertEquals(1, errors(outcome).size(), errors(outcome)::toString);
        assertTrue(errors(outcome).get(0).startsWith("texts/2-pic.md:5: image pic.png resolves to "),
                errors(outcome)::toString);
    }

    @Test
    void refusesAPartIntroductionOutsideTheProject() throws IOException {
        Files.writeString(elsewhere.resolve("intro.md"), "Private introduction.\n");
        Path contents = Files.writeString(project.resolve("contents.yaml"), "title: T\nparts:\n  - title: One\n"
                + "    introduction: ../../elsewhere/intro.md\n    chapters:\n      - file: 1-a.md\n");

        Outcome outcome = run(TestSettings.in(project, Optional.of(contents), false, false));

        assertTrue(errors(outcome).stream().anyMatch(e -> e.startsWith("contents.yaml:3: part introduction "
                + "'../../elsewhere/intro.md' resolves to")), errors(outcome)::toString);
    }

    @Test
    void refusesAnOutputDirectoryThatLeavesTheBuildDirectory() throws IOException {
        Settings settings = settings().toBuilder().buildDirectory(Optional.of(project.resolve("target")))
                .outputDirectory(project.resolve("target/../escape")).build();

        Outcome outcome = run(settings);

        assertEquals(List.of("<outputDirectory> escape is outside the build directory target. Set "
                + "<outputDirectory> to a folder inside ${project.build.directory}, or leave it unset"),
                errors(outcome));
        assertFalse(Files.exists(project.resolve("escape")));
    }

    @Test
    void refusesAFinalNameWithAFolder() throws IOException {
        Settings settings = settings().toBuilder().buildDirectory(Optional.of(project.resolve("out")))
                .finalName("../escape").build();

        Outcome outcome = run(settings);

        assertTrue(errors(outcome).get(0).startsWith("<finalName> '../escape' is not a plain file name"),
                errors(outcome)::toString);
        assertFalse(Files.exists(project.resolve("escape.epub")));
    }

    @Test
    void namesAnOutputFolderThatIsAFile() throws IOException {
        Files.writeString(project.resolve("out"), "not a folder");

        Outcome outcome = run(settings());

        assertEquals(List.of("the output folder out is a file, so the editions cannot be written there. Remove or "
                + "rename the file, or set <outputDirectory>"), errors(outcome));
    }

    @Test
    void rebuildsWhenAnImageOutsideTheSourceFolderChanges() throws IOException {
        Path pic = png(project.resolve("pictures/pic.png"));
        text("2-pic.md", "# Pictures\n\n![a picture](../pictures/pic.png)\n");
        assertFalse(run(settings()).failed());
        assertTrue(run(settings()).upToDate());

        Files.write(pic, Files.readAllBytes(png(root.resolve("other.png"), 0xFF0000)));

        assertFalse(run(settings()).upToDate(), "a changed image rebuilds the book");
        assertTrue(run(settings()).upToDate());
    }

    private static Path png(Path file) throws IOException {
        return png(file, 0x336699);
    }

    private static Path png(Path file, int rgb) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
