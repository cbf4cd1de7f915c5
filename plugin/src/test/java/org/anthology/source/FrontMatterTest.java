package org.anthology.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.anthology.model.Diagnostics;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void splitsJekyllFrontMatterFromTheBody() {
        FrontMatter front = FrontMatter.parse("---\ntitle: 'Post 1'\ndate: 2023-09-10\ntags:\n  - a\n---\n\nBody",
                "p.md", diagnostics);
        assertEquals(Optional.of("Post 1"), front.text("title"));
        assertEquals("\nBody", front.body());
        assertEquals(7, front.bodyStartLine());
        assertTrue(front.text("tags").isEmpty(), "a list is not a text field");
    }

    @Test
    void leavesTextWithoutFrontMatterAlone() {
        FrontMatter front = FrontMatter.parse("Just text\n---\nmore", "p.txt", diagnostics);
        assertTrue(front.fields().isEmpty());
        assertEquals(1, front.bodyStartLine());
    }

    @Test
    void reportsBadYamlWithItsLine() {
        FrontMatter.parse("---\ntitle: ok\nbad: [unclosed\n---\nBody", "p.md", diagnostics);
        assertTrue(diagnostics.hasErrors());
        assertTrue(diagnostics.errors().get(0).toString().startsWith("p.md:"), diagnostics.errors().toString());
    }
}
