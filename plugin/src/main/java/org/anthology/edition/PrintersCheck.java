package org.anthology.edition;

import java.util.List;
import java.util.Objects;

/**
 * What a print file is, as a printer reads it (trim, bleed, page count, spine width), and what the chosen
 * print service requires that it does not meet; written once the file is laid out.
 *
 * @param summary the file's print figures, one line
 * @param unmet   the service's requirements the file misses, each saying by how much; empty when it meets them all
 */
public record PrintersCheck(String summary, List<String> unmet) {

    public PrintersCheck {
        Objects.requireNonNull(summary, "summary");
        unmet = List.copyOf(unmet);
    }

    /** The check as one line of the build's log. */
    public String line() {
        return unmet.isEmpty() ? summary + "; meets the service's requirements"
                : summary + "; does not meet: " + String.join("; ", unmet);
    }
}
