package factcheck.cli;

import factcheck.util.Shown;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The {@code factcheck} command. {@link #run} does the work and returns the exit code, so
 * tests call it directly; {@link #main} only exits with it.
 */
@Command(name = "factcheck",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Checks the numbers in articles: claims as YAML files, checks as Drools rules read at run time.",
        subcommands = {CheckCommand.class, TestCommand.class, RulesCommand.class, ExtractCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs factcheck with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own two commands, described as the others are (help's list shows its header).
        cli.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("Prints the help of a command: factcheck help check.").description();
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
                .description("Prints a bash or zsh script that completes factcheck's commands and options.",
                        "For this shell: source <(factcheck generate-completion); for every shell, see the README's Install.");
        ExitCodes.listIn(cli);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, arguments) -> {
            // A wrong option gets one line and a hint, not the whole usage text.
            CommandLine command = e.getCommandLine();
            PrintWriter err2 = command.getErr();
            err2.println("factcheck: error: " + Shown.terminal(e.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err2);
            err2.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Whatever went wrong unforeseen is still reported as a message, not a trace.
            commandLine.getErr().println(internalError(e, verbose(parseResult)));
            if (verbose(parseResult)) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The last resort: the loader and the engine catch these where they can name the file
            // or the rule; one that gets here is still a message, not a trace.
            PrintWriter w = cli.getErr();
            w.println("factcheck: internal error: " + (e instanceof StackOverflowError
                    ? "the input nests too deeply to be processed"
                    : "out of memory (at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB);"
                            + " give Java more with JAVA_TOOL_OPTIONS=-Xmx4g, or check fewer files at once"));
            w.flush();
            return ExitCodes.INTERNAL;
        } catch (RuntimeException | Error e) {
            PrintWriter w = cli.getErr();
            w.println(internalError(e, true));
            w.flush();
            return ExitCodes.INTERNAL;
        }
    }

    /** The message of an unforeseen failure, exit 4: a bug, which it asks to have reported, and where. */
    static String internalError(Throwable e, boolean verbose) {
        return "factcheck: internal error: " + Shown.terminal(String.valueOf(e))
                + (verbose ? " (please report it: " : " (run again with --verbose for the stack trace, and report it: ")
                + Version.HOME + ")";
    }

    private static boolean verbose(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The version and where bugs are reported, from the build (factcheck/version.properties, filtered
     * from the pom's project version and factcheck.home).
     */
    static final class Version implements CommandLine.IVersionProvider {
        private static final Properties BUILD = load();
        static final String NUMBER = BUILD.getProperty("version", "unknown");
        static final String HOME = BUILD.getProperty("home", "see \"Reporting a bug\" in README.md");

        @Override
        public String[] getVersion() {
            return new String[] {"factcheck " + NUMBER, "Reporting bugs: " + HOME};
        }

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/factcheck/version.properties")) {
                if (in != null) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // A jar without it still runs; the version says "unknown".
            }
            return p;
        }
    }
}
