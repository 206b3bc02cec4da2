package factcheck.cli;

import factcheck.engine.RuleSet;
import factcheck.model.RuleSource;
import factcheck.util.Shown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code factcheck rules}: lists every rule with where it is and what it decides. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Lists every rule in the rule files: file:line, its name, and its description (the"
                + " // comment right above it).",
        sortOptions = false)
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The directory of rule files (*.drl). Default: ${DEFAULT-VALUE}.")
    Path rules;

    @Mixin
    TrustRules trust = new TrustRules();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet.Compiled compiled = RuleSet.compile(rules, trust.trusted);
        if (!compiled.ok()) {
            Pipeline.printProblems(new Pipeline.NotCompiled(compiled.errors()), spec.commandLine().getErr(), false);
            return ExitCodes.BAD_INPUT;
        }
        List<RuleSource> all = compiled.rules().rules();
        for (RuleSource r : all) {
            out.println(Shown.terminal(r.location() + ": " + r.name()));
            out.println("    " + (r.description().isEmpty()
                    ? "(no description: write a // comment on the line above the rule)" : Shown.terminal(r.description())));
        }
        out.println(Pipeline.count(all.size(), "rule") + " in " + Pipeline.count(compiled.rules().files().size(), "file"));
        out.flush();
        return ExitCodes.OK;
    }
}
