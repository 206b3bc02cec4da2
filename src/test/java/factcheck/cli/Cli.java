package factcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it prints. */
record Cli(int code, String out, String err) {

    /**
     * Runs {@code args}; a command that reads rules or claims and names neither gets the test fixtures'
     * copies, never the live rules/ and claims/, which a user may change.
     */
    static Cli run(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        String command = all.isEmpty() ? "" : all.get(0);
        if (java.util.Set.of("check", "test", "rules", "extract").contains(command)) {
            if (all.stream().noneMatch(a -> a.equals("--rules") || a.startsWith("--rules="))) {
                all.addAll(java.util.List.of("--rules", factcheck.TestFiles.BUNDLED_RULES.toString()));
            }
            if (!command.equals("rules") && !command.equals("extract")
                    && all.stream().noneMatch(a -> a.equals("--claims") || a.startsWith("--claims="))) {
                all.addAll(java.util.List.of("--claims", factcheck.TestFiles.BUNDLED_CLAIMS.toString()));
            }
        }
        return exec(all.toArray(String[]::new));
    }

    private static Cli exec(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
