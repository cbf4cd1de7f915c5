package org.anthology.edition.epub;

import java.util.List;

/** What EPUBCheck said about one file: counts by severity and every message, one line each. */
public record EpubCheckResult(int fatals, int errors, int warnings, List<String> messages) {

    public EpubCheckResult {
        messages = List.copyOf(messages);
    }

    /** True when EPUBCheck found no fatal error, error or warning. */
    public boolean isClean() {
        return fatals == 0 && errors == 0 && warnings == 0;
    }

    /** The counts and every message, for assertion failures. */
    @Override
    public String toString() {
        return "EPUBCheck: " + fatals + " fatal, " + errors + " errors, " + warnings + " warnings"
                + (messages.isEmpty() ? "" : "\n  " + String.join("\n  ", messages));
    }
}
