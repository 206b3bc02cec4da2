package factcheck.cli;

import picocli.CommandLine.Option;

/** The --watch option, the same for every command that takes it. */
final class WatchOption {
    @Option(names = "--watch",
            description = "Run again whenever a file under the rules or claims paths (or an article's text)"
                    + " changes, and print what changed since the last run. Stop with Ctrl-C.")
    boolean watch;
}
