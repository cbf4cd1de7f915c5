package org.anthology.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a manuscript's bytes, the damage real files suffer and the markup typists get wrong: a flipped
 * bit, Markdown punctuation inserted anywhere, a file cut short, lines repeated. The same seed gives the same
 * variant, so a failing one can be rebuilt by hand.
 */
final class ManuscriptMutations {

    private static final byte[] PUNCTUATION = "*_[]`<#>|^".getBytes(StandardCharsets.US_ASCII);

    private ManuscriptMutations() {
    }

    /** One to three mutations of {@code bytes}, named in {@code applied}. */
    static byte[] mutate(byte[] bytes, Random random, List<String> applied) {
        byte[] out = bytes;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    out = flip(out, random);
                    applied.add("flip");
                }
                case 1 -> {
                    out = punctuate(out, random);
                    applied.add("punctuation");
                }
                case 2 -> {
                    out = truncate(out, random);
                    applied.add("truncate");
                }
                default -> {
                    out = duplicateLines(out, random);
                    applied.add("duplicate");
                }
            }
        }
        return out;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        if (out.length > 0) {
            int at = random.nextInt(out.length);
            out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
        }
        return out;
    }

    /** One to eight marks, each at a line's start or anywhere, where Markdown gives them the most meaning. */
    private static byte[] punctuate(byte[] bytes, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> points = new ArrayList<>();
        int marks = 1 + random.nextInt(8);
        for (int i = 0; i < marks; i++) {
            points.add(bytes.length == 0 ? 0 : lineStartOrAnywhere(bytes, random));
        }
        points.sort(Integer::compare);
        int from = 0;
        for (int point : points) {
            out.write(bytes, from, point - from);
            out.write(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
            from = point;
        }
        out.write(bytes, from, bytes.length - from);
        return out.toByteArray();
    }

    private static int lineStartOrAnywhere(byte[] bytes, Random random) {
        int at = random.nextInt(bytes.length);
        if (random.nextBoolean()) {
            while (at > 0 && bytes[at - 1] != '\n') {
                at--;
            }
        }
        return at;
    }

    private static byte[] truncate(byte[] bytes, Random random) {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
    }

    private static byte[] duplicateLines(byte[] bytes, Random random) {
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
        int first = random.nextInt(lines.length);
        int last = Math.min(lines.length, first + 1 + random.nextInt(5));
        List<String> out = new ArrayList<>(Arrays.asList(lines).subList(0, last));
        out.addAll(Arrays.asList(lines).subList(first, lines.length));
        return String.join("\n", out).getBytes(StandardCharsets.ISO_8859_1);
    }
}
