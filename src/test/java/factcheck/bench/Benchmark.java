package factcheck.bench;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.engine.RuleSet;
import factcheck.report.Format;
import factcheck.report.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the steps of a check in a warm JVM: compiling rules/, reading claims, firing, and
 * rendering, on the bundled article and on a generated article of many claims. Run it with
 * {@code bench/run}; the README quotes its output.
 */
public final class Benchmark {
    private static final int RUNS = 15;

    public static void main(String[] args) throws IOException {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path rules = factcheck.TestFiles.BUNDLED_RULES;
        Path big = generated(claims);

        System.setProperty("factcheck.cache", Files.createTempDirectory("factcheck-bench-cache").toString());
        RuleSet.Compiled compiled = RuleSet.compile(rules);
        if (!compiled.ok()) {
            throw new IllegalStateException(compiled.errors().toString());
        }
        ClaimsSet bundled = ClaimsLoader.load(List.of(factcheck.TestFiles.BUNDLED_CLAIMS), compiled.rules().wordKinds());
        ClaimsSet many = ClaimsLoader.load(List.of(big), compiled.rules().wordKinds());
        if (!many.errors().isEmpty()) {
            // Timing the error path would measure the wrong thing.
            throw new IllegalStateException("the generated claims have errors: " + many.errors().get(0));
        }

        System.out.printf("%-44s %10s %10s%n", "step (warm JVM, " + RUNS + " runs)", "median", "min");
        time("load rules/ (" + compiled.rules().rules().size() + " rules) from the cache", () -> RuleSet.compile(rules));
        String cache = System.getProperty("factcheck.cache");
        System.setProperty("factcheck.cache", "off");
        time("compile rules/ (" + compiled.rules().rules().size() + " rules), no cache", () -> RuleSet.compile(rules));
        System.setProperty("factcheck.cache", cache);
        time("read the bundled claims (" + bundled.claimCount() + " claims)", () -> ClaimsLoader.load(List.of(factcheck.TestFiles.BUNDLED_CLAIMS), compiled.rules().wordKinds()));
        time("fire on the bundled claims", () -> Engine.run(compiled.rules(), bundled, Engine.DEFAULT_MAX_FIRINGS));
        time("read " + claims + " generated claims", () -> ClaimsLoader.load(List.of(big), compiled.rules().wordKinds()));
        Engine.Run run = Engine.run(compiled.rules(), many, Engine.DEFAULT_MAX_FIRINGS);
        time("fire on " + claims + " generated claims", () -> Engine.run(compiled.rules(), many, Engine.DEFAULT_MAX_FIRINGS));
        Report report = factcheck.Reports.of(many, run);
        time("json report of " + claims + " claims", () -> Format.json.render(report));
    }

    private static void time(String what, Supplier<?> step) {
        for (int i = 0; i < 3; i++) {
            step.get();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            step.get();
            ms[i] = (System.nanoTime() - t) / 100_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %8.1f ms %8.1f ms%n", what, ms[RUNS / 2] / 10.0, ms[0] / 10.0);
    }

    /** An article of {@code n} claims, a mix of the kinds, with its text. */
    private static Path generated(int n) throws IOException {
        Path dir = Files.createTempDirectory("factcheck-bench");
        StringBuilder text = new StringBuilder();
        StringBuilder yaml = new StringBuilder("""
                article:
                  id: bench
                  title: Generated
                  text: bench.txt
                figures:
                  - {id: pay, range: [390000, 900000], source: Posting}
                  - {id: threshold, value: 26470, source: Plan}
                  - {id: share, value: 12.7, source: Union}
                claims:
                """);
        for (int i = 0; i < n; i++) {
            String says = switch (i % 3) {
                case 0 -> "over 33x the minimum";
                case 1 -> "the $27,000 minimum";
                default -> "87% of members";
            };
            String quote = "claim number " + i + " says " + says;
            text.append(quote).append(".\n");
            String body = switch (i % 3) {
                case 0 -> "kind: ratio, stated: 33x, qualifier: over, figures: {numerator: pay, denominator: threshold}";
                case 1 -> "kind: value, stated: \"$27,000\", figures: {reference: threshold}";
                default -> "kind: share, stated: 87%, figures: {complement: share}";
            };
            yaml.append("  - {id: c").append(i).append(", quote: \"").append(quote).append("\", ").append(body)
                    .append("}\n");
        }
        Files.writeString(dir.resolve("bench.txt"), text);
        Path file = dir.resolve("bench.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
