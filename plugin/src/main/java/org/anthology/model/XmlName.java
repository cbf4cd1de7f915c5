package org.anthology.model;

import java.util.regex.Pattern;

/** The ids the model accepts for chapters and parts: an ASCII letter, then letters, digits, {@code _} and {@code -}. */
final class XmlName {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private XmlName() {
    }

    /** Whether {@code id} is such a name. */
    static boolean is(String id) {
        return NAME.matcher(id).matches();
    }
}
