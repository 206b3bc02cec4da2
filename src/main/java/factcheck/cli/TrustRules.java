package factcheck.cli;

import picocli.CommandLine.Option;

/** --trust-rules, for every command that compiles rule files. */
final class TrustRules {

    @Option(names = "--trust-rules",
            description = "Let the rule files use any Java class (files, processes, the network, reflection, threads,"
                    + " System). Without it a rule file may use only the fact model, Math, strings, numbers, dates and"
                    + " collections. Only for rule files you trust.")
    boolean trusted;
}
