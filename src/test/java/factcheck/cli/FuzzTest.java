package factcheck.cli;

import factcheck.TestFiles;
import factcheck.engine.RuleSet;
import factcheck.report.Format;
import factcheck.report.Options;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of mutations of a real claims file (lines deleted, duplicated, swapped, re-indented;
 * numbers and values replaced by hostile tokens; random Unicode; truncation and stray bytes) each
 * check to exit 0 or 2 with no stack trace, no internal error and no hang, and every report format
 * renders. The mutations come from a seed: a failure prints the seed and the case, and writes the
 * mutated file under target/fuzz-failures. {@code -Dfuzz.seed=N -Dfuzz.cases=N} runs others.
 */
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 2000);
    /** Far above a normal case (a few milliseconds): only a hang or a blow-up reaches it. */
    private static final long CASE_LIMIT_SECONDS = 20;

    private static final String[] TOKENS = {
            "1e999", "-1e999", "1e99999999999", "1e-400", "-0", "0", "-1", "NaN", ".nan", ".inf", "-.inf",
            "0x10", "0o17", "1_000", "1,000,000", "9223372036854775808", "1" + "0".repeat(400),
            "9".repeat(20_000), "0." + "0".repeat(500) + "1", "١٢٣", "½", "1/0", "~", "null", "true", "[]", "{}",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "&a", "*a", "!!binary AAAA", "!!python/object:x {}", "'", "\"",
            "|", ">", "- ", "? ", ": ", "#", "%YAML 1.1", "---", "...", "\t", "\u0000", "\u001b[2J", "\u202e",
            "\ud83d\ude00", "\uffff", "2023-02-30", "99999-01-01", "0000-00-00", "2023-13", "over", "nearly",
            "about 5 million", "three-quarters", "minus 4", "-5%", "5%%", "$", "USD/year", "per cent",
            "ratio", "share", "range", "sum", "no-such-kind", "[1, 2, 3]", "{low: 1, high: 0}", "[5, 1]",
            "[1e308, 1e308]", "1e308", "4.9e-324", "-2147483649", "2147483648"};

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,._]*(?:[eE]-?\\d+)?");
    private static final Pattern VALUE = Pattern.compile(":\\s+(\\S.*)$", Pattern.MULTILINE);

    private static RuleSet rules;
    private static long checking;
    private static final long[] rendering = new long[Format.values().length];

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() {
        RuleSet.Compiled compiled = RuleSet.compile(TestFiles.BUNDLED_RULES);
        assertTrue(compiled.ok(), () -> "the fixture rules compile: " + compiled.errors());
        rules = compiled.rules();
    }

    @Test
    void mutatedClaimsFilesGiveAVerdictOrALocatedErrorNeverACrashOrHang() throws Exception {
        Path original = TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.yaml");
        byte[] base = Files.readAllBytes(original);
        Files.copy(TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.txt"),
                dir.resolve("kron4-netflix-ai-strike.txt"));
        Random seeds = new Random(SEED);
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        try {
            for (int i = 0; i < CASES && failures.size() < 5; i++) {
                long seed = seeds.nextLong();
                Mutation m = mutate(base, new Random(seed));
                Path file = dir.resolve("case.yaml");
                Files.write(file, m.bytes());
                Future<String> outcome = worker.submit(() -> check(file));
                String problem;
                try {
                    problem = outcome.get(CASE_LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    problem = "did not finish in " + CASE_LIMIT_SECONDS + " s";
                } catch (java.util.concurrent.ExecutionException e) {
                    problem = "threw " + e.getCause() + " at " + Arrays.stream(e.getCause().getStackTrace())
                            .filter(f -> f.getClassName().startsWith("factcheck.")).limit(3).toList();
                }
                if (problem != null) {
                    failures.add("case " + i + " (seed " + seed + ", " + m.what() + "): " + problem
                            + "; the file is " + keep(i, seed, m.bytes()));
                    if (problem.startsWith("did not finish")) {
                        break;
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("fuzz: %d cases from seed %d in %.1f s (checking %.1f s, rendering %s ms)%n", CASES, SEED,
                (System.nanoTime() - started) / 1e9, checking / 1e9,
                Arrays.stream(rendering).map(r -> r / 1_000_000).boxed().toList());
        if (!failures.isEmpty()) {
            fail("fuzzing with -Dfuzz.seed=" + SEED + " found:\n  " + String.join("\n  ", failures));
        }
    }

    @Test
    void mutatedClaimsFilesOnTheCommandLineExitZeroOneOrTwoWithNoTrace() throws Exception {
        // Fewer cases: each run compiles (or loads) the rules, as the command does.
        byte[] base = Files.readAllBytes(TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.yaml"));
        Files.copy(TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.txt"),
                dir.resolve("kron4-netflix-ai-strike.txt"));
        Random seeds = new Random(SEED + 1);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < Math.max(1, CASES / 100); i++) {
            long seed = seeds.nextLong();
            Mutation m = mutate(base, new Random(seed));
            Path file = dir.resolve("case.yaml");
            Files.write(file, m.bytes());
            Cli run = Cli.run("check", "--claims", file.toString(), "--rules", TestFiles.BUNDLED_RULES.toString(),
                    "--fail-on", "FALSE,MISLEADING", "--format", "html");
            if (run.code() > ExitCodes.BAD_INPUT || run.err().contains("\tat ") || run.err().contains("internal error")) {
                failures.add("case " + i + " (seed " + seed + ", " + m.what() + "): exit " + run.code() + ": "
                        + firstLines(run.err()) + "; the file is " + keep(i, seed, m.bytes()));
            }
        }
        if (!failures.isEmpty()) {
            fail("fuzzing with -Dfuzz.seed=" + SEED + " found:\n  " + String.join("\n  ", failures));
        }
    }

    /** Checks one file the way `factcheck check` does; returns what is wrong, or null. */
    private static String check(Path file) {
        long t0 = System.nanoTime();
        Pipeline.Result outcome = Pipeline.run(new RuleSet.Compiled(rules, List.of()), List.of(file),
                new factcheck.api.Checker.Settings(false, 100, java.time.Duration.ofSeconds(10),
                        factcheck.claims.ClaimsLoader.Options.DEFAULT, true), 1);
        checking += System.nanoTime() - t0;
        StringWriter err = new StringWriter();
        Pipeline.printProblems(outcome, new PrintWriter(err), false);
        int code = Pipeline.exitCode(outcome, ExitCodes.OK);
        String errors = err.toString();
        if (code != ExitCodes.OK && code != ExitCodes.BAD_INPUT) {
            return "exit " + code + ": " + firstLines(errors);
        }
        if (errors.contains("\tat ") || errors.contains("Exception") || errors.contains("internal error")) {
            return "a trace or an internal error: " + firstLines(errors);
        }
        if (outcome instanceof Pipeline.Checked checked) {
            Options options = new Options(true, "Publisher", LocalDate.of(2026, 1, 1), "https://example.org/review");
            for (Format f : Format.values()) {
                long t1 = System.nanoTime();
                String rendered = f.render(checked.report(), options);
                rendering[f.ordinal()] += System.nanoTime() - t1;
                if (rendered == null || rendered.isEmpty()) {
                    return "the " + f + " report is empty";
                }
            }
        }
        return null;
    }

    private static String firstLines(String s) {
        return Arrays.stream(s.split("\n")).limit(4).map(l -> l.length() > 200 ? l.substring(0, 200) + "..." : l)
                .reduce((a, b) -> a + " | " + b).orElse("");
    }

    private static String keep(int i, long seed, byte[] bytes) throws IOException {
        Path out = Path.of("target", "fuzz-failures", "case-" + i + "-seed-" + seed + ".yaml");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        return out.toString();
    }

    /** A mutated file and what was done to it. */
    record Mutation(byte[] bytes, String what) {
    }

    /** One to three mutations of {@code base}, chosen by {@code random}. */
    static Mutation mutate(byte[] base, Random random) {
        String text = new String(base, StandardCharsets.UTF_8);
        List<String> done = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        byte[] bytes = null;
        for (int k = 0; k < n; k++) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int at = random.nextInt(lines.size());
            switch (random.nextInt(10)) {
                case 0 -> {
                    lines.remove(at);
                    done.add("deleted line " + (at + 1));
                }
                case 1 -> {
                    lines.add(at, lines.get(at));
                    done.add("duplicated line " + (at + 1));
                }
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String a = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, a);
                    done.add("swapped lines " + (at + 1) + " and " + (other + 1));
                }
                case 3 -> {
                    String line = lines.get(at);
                    lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                    done.add("re-indented line " + (at + 1));
                }
                case 4, 5 -> {
                    Matcher m = NUMBER.matcher(text);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    int[] s = spans.get(random.nextInt(spans.size()));
                    String token = TOKENS[random.nextInt(TOKENS.length)];
                    text = text.substring(0, s[0]) + token + text.substring(s[1]);
                    done.add("number at offset " + s[0] + " replaced by " + shown(token));
                    continue;
                }
                case 6 -> {
                    Matcher m = VALUE.matcher(text);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(1), m.end(1)});
                    }
                    int[] s = spans.get(random.nextInt(spans.size()));
                    String token = TOKENS[random.nextInt(TOKENS.length)];
                    text = text.substring(0, s[0]) + token + text.substring(s[1]);
                    done.add("value at offset " + s[0] + " replaced by " + shown(token));
                    continue;
                }
                case 7 -> {
                    int offset = random.nextInt(text.length() + 1);
                    String noise = unicode(random);
                    text = text.substring(0, offset) + noise + text.substring(offset);
                    done.add("inserted " + shown(noise) + " at offset " + offset);
                    continue;
                }
                case 8 -> {
                    byte[] b = text.getBytes(StandardCharsets.UTF_8);
                    int cut = random.nextInt(b.length + 1);
                    bytes = Arrays.copyOf(b, cut);
                    done.add("truncated at byte " + cut);
                }
                default -> {
                    byte[] b = text.getBytes(StandardCharsets.UTF_8);
                    int flip = random.nextInt(b.length);
                    b[flip] = (byte) random.nextInt(256);
                    bytes = b;
                    done.add("byte " + flip + " set to 0x" + Integer.toHexString(b[flip] & 0xff));
                }
            }
            if (bytes != null) {
                // A byte-level change ends the mutations: the text may no longer be UTF-8.
                break;
            }
            text = String.join("\n", lines);
        }
        return new Mutation(bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), String.join(", ", done));
    }

    private static String unicode(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(5);
            int cp = switch (kind) {
                case 0 -> random.nextInt(0x20);                  // controls
                case 1 -> 0x80 + random.nextInt(0x780);          // Latin, Greek, Cyrillic...
                case 2 -> 0x2000 + random.nextInt(0x70);         // spaces, dashes, bidi marks
                case 3 -> 0x1F300 + random.nextInt(0x300);       // emoji
                default -> 0x20 + random.nextInt(0x5f);          // ASCII
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private static String shown(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || (cp >= 0x2000 && cp <= 0x206f)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(s.length() > 40 ? "...(" + s.length() + " chars)\"" : "\"").toString();
    }
}
