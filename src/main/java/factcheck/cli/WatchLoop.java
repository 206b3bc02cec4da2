package factcheck.cli;

import factcheck.engine.RuleSet;
import factcheck.util.Shown;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The --watch loop shared by check and test: on every burst of saves under the rules or claims
 * paths, run again in this JVM, and let the command print what changed since the last good run.
 * A run whose rules do not compile prints its errors and keeps watching.
 */
final class WatchLoop {
    private WatchLoop() {
    }

    /** What a command prints after a re-run. */
    interface Step {
        /** {@code previous} is the last run that checked anything; {@code now} may have broken rules. */
        void rerun(Pipeline.Result previous, Pipeline.Result now, SortedSet<Path> changed);
    }

    static int run(Inputs inputs, PrintWriter out, PrintWriter err, Pipeline.Result first, Step step) {
        java.util.Set<Path> texts = new java.util.HashSet<>();
        try (Watcher watcher = new Watcher()) {
            watcher.watch(inputs.rules);
            watcher.watchAll(inputs.claims);
            watchArticleTexts(watcher, first, texts);
            out.println(Shown.terminal("watching " + inputs.rules + " and " + inputs.claims.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + " for changes (Ctrl-C to stop)"));
            out.flush();
            Pipeline.Result[] lastGood = {first instanceof Pipeline.Checked ? first : null};
            RuleSet.Compiled[] rules = {first instanceof Pipeline.Checked checked ? checked.rules() : null};
            Path rulesDir = inputs.rules.toAbsolutePath().normalize();
            // Only what a run reads: rule files, claims files and article texts, not the reports
            // it writes (which may sit beside them) or an editor's scratch files.
            watcher.run(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml")
                        || texts.contains(file.toAbsolutePath().normalize());
            }, changed -> {
                out.println();
                out.println(Shown.terminal("changed: "
                        + changed.stream().map(WatchLoop::shown).collect(Collectors.joining(", "))));
                // Recompile only when a rule file changed: saving a claims file then costs no compilation.
                boolean rulesChanged = changed.stream().map(f -> f.toAbsolutePath().normalize())
                        .anyMatch(f -> f.startsWith(rulesDir) || f.toString().endsWith(".drl"));
                if (rules[0] == null || rulesChanged) {
                    rules[0] = RuleSet.compile(inputs.rules, inputs.trust.trusted);
                }
                Pipeline.Result now = Pipeline.run(rules[0], inputs);
                if (lastGood[0] == null && now instanceof Pipeline.Checked) {
                    lastGood[0] = now;
                }
                step.rerun(lastGood[0] == null ? now : lastGood[0], now, changed);
                if (now instanceof Pipeline.Checked) {
                    lastGood[0] = now;
                    try {
                        watchArticleTexts(watcher, now, texts);
                    } catch (IOException e) {
                        err.println("factcheck: warning: cannot watch an article's directory: "
                                + Shown.terminal(e.getMessage()));
                    }
                }
                out.flush();
                err.flush();
            });
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("factcheck: error: cannot watch the files: " + Shown.terminal(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
    }

    /**
     * A changed file as the user knows it: relative to the working directory when it is under it
     * (whether it was watched as given, like a claims file, or as found, like an article's text),
     * else in full.
     */
    static String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
    }

    /** Article texts may live outside the claims directory; watch where they are. */
    private static void watchArticleTexts(Watcher watcher, Pipeline.Result outcome, java.util.Set<Path> texts)
            throws IOException {
        if (!(outcome instanceof Pipeline.Checked checked)) {
            return;
        }
        for (var a : checked.report().articles()) {
            Path text = a.source().textFile();
            if (text != null) {
                texts.add(text.toAbsolutePath().normalize());
            }
        }
        watcher.watchAll(texts);
    }
}
