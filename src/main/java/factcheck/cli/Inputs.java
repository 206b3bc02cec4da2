package factcheck.cli;

import factcheck.claims.ClaimsLoader;
import factcheck.engine.Engine;
import factcheck.claims.TextFiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = DEFAULT_TIMEOUT,
            description = "Stop checking an article whose rules are still running after TIME, naming the rule that"
                    + " was running: 30s, 2m, 500ms, or plain seconds; at most 24h. Default: ${DEFAULT-VALUE}.")
    String timeout;

    /** The default of --timeout, as written: Engine.DEFAULT_TIMEOUT. */
    static final String DEFAULT_TIMEOUT = "60s";

    /** The most --timeout takes: a day is past any article, and far from overflowing a wait. */
    static final Duration MOST_TIMEOUT = Duration.ofHours(24);

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    @Option(names = "--max-file-size", paramLabel = "MIB", defaultValue = "" + TextFiles.DEFAULT_LIMIT_MIB,
            description = "The largest claims file or article text read, in MiB; a larger one is an error, not read."
                    + " Default: ${DEFAULT-VALUE}.")
    int maxFileSize;

    @Option(names = "--text-dir", paramLabel = "DIR",
            description = "Also read article texts from under DIR; repeatable. Without it, an article's 'text' must be"
                    + " in its claims file's directory or below it.")
    List<Path> textDirs = List.of();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Check N articles at a time, each on a thread of its own; the report is the same for any N."
                    + " Default: one per processor.")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** The most --jobs takes: far past any machine's cores, and each job holds an article. */
    static final int MOST_JOBS = 1024;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces for rule failures.")
    boolean verbose;

    /** Whether to keep each claim's trace of rule firings: set by the command (check --explain), not an option. */
    boolean trace;

    /** The run's settings, as these options say; valid once {@link #problem()} is null. */
    factcheck.api.Checker.Settings settings() {
        return new factcheck.api.Checker.Settings(trust.trusted, maxFirings, timeout(), reading(), trace);
    }

    /** What is wrong with these options, or null. */
    String problem() {
        if (maxFirings < 1) {
            return "--max-firings must be at least 1";
        }
        if (maxFirings > Engine.MOST_MAX_FIRINGS) {
            return "--max-firings must be at most " + Engine.MOST_MAX_FIRINGS + " (firings per claim)";
        }
        String written = timeout.strip();
        if (written.startsWith("-")) {
            return "--timeout must be more than 0";
        }
        Duration d = parseTime(written);
        if (d == null) {
            return "--timeout: '" + timeout + "' is not a time; write it as 30s, 2m, 500ms or plain seconds";
        }
        if (d.isZero()) {
            return "--timeout must be more than 0";
        }
        if (d.compareTo(MOST_TIMEOUT) > 0) {
            return "--timeout must be at most 24h";
        }
        if (jobs < 1 || jobs > MOST_JOBS) {
            return "--jobs must be from 1 to " + MOST_JOBS;
        }
        if (maxFileSize < 1 || maxFileSize > 1024) {
            return "--max-file-size is in MiB, from 1 to 1024";
        }
        String missing = missing();
        if (missing != null) {
            return missing;
        }
        return textDirs.stream().filter(dir -> !Files.isDirectory(dir)).findFirst()
                .map(dir -> "--text-dir " + dir + " is not a directory").orElse(null);
    }

    private static final String RULES_HINT = "--rules DIR, the directory of the rule files (*.drl)";
    private static final String CLAIMS_HINT = "--claims PATH, a claims file (*.yaml) or a directory of them";

    /**
     * A missing rules directory, or claims of which none exist, where nothing could be checked:
     * the absolute paths looked at, since both default to the current directory, and the options
     * that name them. A missing claims path beside others that exist is the loader's to report.
     */
    private String missing() {
        boolean noRules = !Files.isDirectory(rules);
        boolean noClaims = claims.stream().noneMatch(Files::exists);
        String rulesAt = absolute(rules);
        String claimsAt = String.join(" or ", claims.stream().map(Inputs::absolute).toList());
        if (noRules && noClaims) {
            return "no rules directory at " + rulesAt + " and no claims at " + claimsAt + "; pass " + RULES_HINT
                    + ", and " + CLAIMS_HINT;
        }
        if (noRules) {
            return "no rules directory at " + rulesAt + "; pass " + RULES_HINT;
        }
        if (noClaims) {
            return "no claims at " + claimsAt + "; pass " + CLAIMS_HINT;
        }
        return null;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** How far reading the claims files goes, as these options say. */
    ClaimsLoader.Options reading() {
        return new ClaimsLoader.Options(maxFileSize * TextFiles.MIB, textDirs);
    }

    /** The time limit on checking one article; valid once {@link #problem()} is null. */
    Duration timeout() {
        return parseTime(timeout.strip());
    }

    /** "30s", "2m", "500ms", "1.5s", "1h" or plain seconds ("30"), to the millisecond; null if not a time. */
    static Duration parseTime(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        if (amount.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            return MOST_TIMEOUT.plusSeconds(1);
        }
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        long perUnit = switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        };
        return Duration.ofMillis(amount.multiply(BigDecimal.valueOf(perUnit)).setScale(0, RoundingMode.DOWN).longValueExact());
    }
}
