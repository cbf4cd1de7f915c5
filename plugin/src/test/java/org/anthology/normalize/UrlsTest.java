package org.anthology.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class UrlsTest {

    /** The text with each character in a URL shown as '#'. */
    private static String masked(String text) {
        boolean[] mask = Urls.mask(text, text.toCharArray());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(mask != Urls.NONE && mask[i] ? '#' : text.charAt(i));
        }
        return out.toString();
    }

    @Test
    void marksAddressesWithoutThePunctuationAfterThem() {
        assertEquals("see " + "#".repeat("https://a.b/c--d".length()) + ", then", masked("see https://a.b/c--d, then"));
        assertEquals("(" + "#".repeat("Www.Example.org".length()) + ").", masked("(Www.Example.org)."));
        assertEquals("write " + "#".repeat("mailto:x@y.z".length()) + " or", masked("write mailto:x@y.z or"));
        assertEquals("#".repeat("ftp://h.org/x".length()), masked("ftp://h.org/x"));
    }

    @Test
    void findsNoAddressInProseWithColonsAndFullStops() {
        String prose = "He said: wait. Then www, then a.b. Time: 10:30. . . the end: //";
        assertSame(Urls.NONE, Urls.mask(prose, prose.toCharArray()));
        assertSame(Urls.NONE, Urls.mask("", new char[0]));
        assertSame(Urls.NONE, Urls.mask("a https:x.y", "a https:x.y".toCharArray()));
    }
}
