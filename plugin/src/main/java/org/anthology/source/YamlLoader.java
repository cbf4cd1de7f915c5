package org.anthology.source;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.anthology.model.Diagnostics;
import org.anthology.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Composes the contents file's and front matter's YAML into nodes within bounds (size, aliases of lists and
 * mappings, nesting depth, no duplicate keys), so an alias bomb or a runaway document is a problem at its line,
 * never a raw parser message; nodes are read by shape afterwards, so no YAML tag turns into a Java object.
 */
final class YamlLoader {

    static final int MAX_CHARACTERS = 1_000_000;
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 30;

    private YamlLoader() {
    }

    /**
     * The root node of {@code yaml}, whose first line is line {@code firstLine} of {@code file}; empty when it is
     * empty or after reporting why it cannot be read. {@code fix} says where to fix a syntax error.
     */
    static Optional<org.yaml.snakeyaml.nodes.Node> compose(String yaml, String file, int firstLine, String fix,
                                                           Diagnostics diagnostics) {
        if (yaml.length() > MAX_CHARACTERS) {
            diagnostics.error(new SourcePosition(file, firstLine), String.format(java.util.Locale.ROOT,
                    "the YAML is %,d characters long, more than the %,d allowed. Shorten it", yaml.length(),
                    MAX_CHARACTERS));
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new Yaml(new SafeConstructor(options())).compose(new StringReader(yaml)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine();
            diagnostics.error(new SourcePosition(file, firstLine + line), "invalid YAML: " + e.getProblem()
                    + ". " + fix);
        } catch (YAMLException e) {
            limit(yaml, file, firstLine, diagnostics);
        }
        return Optional.empty();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARACTERS);
        return options;
    }

    /** Finds, from the parser's events, which bound {@code yaml} oversteps and where, and reports it. */
    private static void limit(String yaml, String file, int firstLine, Diagnostics diagnostics) {
        Set<String> collections = new HashSet<>();
        int aliases = 0;
        int depth = 0;
        try {
            for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(yaml))) {
                int line = firstLine + event.getStartMark().getLine();
                if (event instanceof CollectionStartEvent start) {
                    if (start.getAnchor() != null) {
                        collections.add(start.getAnchor());
                    }
                    if (++depth > MAX_DEPTH) {
                        diagnostics.error(new SourcePosition(file, line), "lists and mappings nest more than "
                                + MAX_DEPTH + " deep here. Flatten the YAML");
                        return;
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                } else if (event instanceof AliasEvent alias && collections.contains(alias.getAnchor())
                        && ++aliases > MAX_ALIASES) {
                    diagnostics.error(new SourcePosition(file, line), "more than " + MAX_ALIASES + " aliases of "
                            + "lists or mappings (*" + alias.getAnchor() + " here), which could expand without "
                            + "bound. Write the values out");
                    return;
                }
            }
        } catch (YAMLException e) {
            // The parser fails the same way the composer did; the report below still names the file.
        }
        diagnostics.error(new SourcePosition(file, firstLine), "the YAML cannot be read within the bounds for "
                + "size, aliases and nesting. Simplify it");
    }
}
