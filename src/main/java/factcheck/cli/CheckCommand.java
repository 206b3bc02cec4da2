package factcheck.cli;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.engine.RuleSet;
import factcheck.model.Diagnostic;
import factcheck.model.Verdict;
import factcheck.report.Format;
import factcheck.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code factcheck check}: checks the claims against the rules and prints the report. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks every claim in the claims files against the rules and prints a verdict report"
                + " (TRUE, MOSTLY_TRUE, MISLEADING, FALSE or UNVERIFIABLE) with the arithmetic, the rule that"
                + " decided and the sources. Errors in the input are printed as file:line: error: message.",
        sortOptions = false,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                ExitCodes.LIST_OK,
                ExitCodes.LIST_FAIL_ON,
                ExitCodes.LIST_BAD_INPUT,
                ExitCodes.LIST_RULE_FAILED})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--claims", paramLabel = "PATH", defaultValue = "claims",
            description = "A claims file, or a directory of them (*.yaml); repeatable. Default: ${DEFAULT-VALUE}.")
    List<Path> claims;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The directory of rule files (*.drl), read at run time. Default: ${DEFAULT-VALUE}.")
    Path rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (replaced whole, never left half-written) instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "VERDICT", split = ",",
            description = "Exit 1 if any claim gets one of these verdicts, e.g. --fail-on FALSE,MISLEADING.")
    List<Verdict> failOn = List.of();

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + Engine.DEFAULT_MAX_FIRINGS,
            description = "Stop an article's rules after N firings, as a rule that does not stop. Default: ${DEFAULT-VALUE}.")
    int maxFirings;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces for rule failures.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxFirings < 1) {
            err.println("factcheck: error: --max-firings must be at least 1");
            return ExitCodes.BAD_INPUT;
        }

        RuleSet.Compiled compiled = RuleSet.compile(rules);
        if (!compiled.ok()) {
            compiled.errors().forEach(d -> err.println(d.format()));
            err.println("factcheck: " + count(compiled.errors().size(), "error") + " in the rules; nothing was checked");
            return ExitCodes.BAD_INPUT;
        }
        ClaimsSet claimsSet = ClaimsLoader.load(claims);
        Engine.Run run = Engine.run(compiled.rules(), claimsSet, maxFirings);
        Report report = Report.of(claimsSet, run);

        for (Diagnostic d : report.errors()) {
            err.println(d.format());
        }
        for (Engine.RuleFailure f : run.failures()) {
            err.println("error: " + f.message());
            if (verbose && f.cause() != null) {
                f.cause().printStackTrace(err);
            }
        }

        String rendered = format.render(report);
        if (output == null) {
            out.print(rendered);
            out.flush();
        } else {
            try {
                writeAtomically(output, rendered);
            } catch (IOException e) {
                err.println(output + ": error: cannot write the report: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }

        if (!report.errors().isEmpty()) {
            err.println("factcheck: " + count(report.errors().size(), "input error")
                    + "; the claims they affect are UNVERIFIABLE, or left out where they have no id");
            return ExitCodes.BAD_INPUT;
        }
        if (!run.failures().isEmpty()) {
            return ExitCodes.RULE_FAILED;
        }
        Set<Verdict> failing = failOn.isEmpty() ? Set.of() : EnumSet.copyOf(failOn);
        boolean failed = report.claims().stream().anyMatch(c -> failing.contains(c.verdict()));
        return failed ? ExitCodes.FAIL_ON : ExitCodes.OK;
    }

    /** Writes beside the target and renames into place, so a failed run never leaves half a report. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
