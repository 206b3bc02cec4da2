package factcheck.cli;

import factcheck.engine.Engine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The options that say what to check, shared by the commands that check. */
final class Inputs {

    @Option(names = "--claims", paramLabel = "PATH", defaultValue = "claims",
            description = "A claims file, or a directory of them (*.yaml); repeatable. Default: ${DEFAULT-VALUE}.")
    List<Path> claims;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The directory of rule files (*.drl), read at run time. Default: ${DEFAULT-VALUE}.")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + Engine.DEFAULT_MAX_FIRINGS,
            description = "Stop an article's rules after N firings per claim, as rules that do not stop;"
                    + " at most " + Engine.MOST_MAX_FIRINGS + ". Default: ${DEFAULT-VALUE}.")
    int maxFirings;

    @Mixin
    TrustRules trust = new TrustRules();

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces for rule failures.")
    boolean verbose;

    /** What is wrong with these options, or null. */
    String problem() {
        if (maxFirings < 1) {
            return "--max-firings must be at least 1";
        }
        if (maxFirings > Engine.MOST_MAX_FIRINGS) {
            return "--max-firings must be at most " + Engine.MOST_MAX_FIRINGS + " (firings per claim)";
        }
        return null;
    }
}
