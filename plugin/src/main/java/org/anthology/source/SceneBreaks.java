package org.anthology.source;

import java.util.regex.Pattern;

/** Recognizes a scene break in plain text: {@code * * *}, {@code ***}, {@code ---} or a lone {@code #}. */
final class SceneBreaks {

    private static final Pattern SCENE_BREAK = Pattern.compile("^(\\*\\s*\\*\\s*\\*[\\s*]*|-{3,}|_{3,}|~{3,}|#)$");

    private SceneBreaks() {
    }

    static boolean isSceneBreak(String line) {
        String s = line.strip();
        // Every break starts with one of these: the pattern need not be tried on a line of text.
        return !s.isEmpty() && "*-_~#".indexOf(s.charAt(0)) >= 0 && SCENE_BREAK.matcher(s).matches();
    }
}
