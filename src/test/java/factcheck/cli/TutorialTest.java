package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/adding-a-check.md cannot rot: its files are written into a fresh copy of the project and
 * its commands are run there, in the order the tutorial gives them, and each command's output
 * must be exactly what the tutorial shows.
 *
 * <p>A fenced block whose info string names a path ({@code ```drl rules/average.drl}) is a file;
 * a {@code ```console} block holds commands ({@code $ ./factcheck ...}) each followed by its
 * output.
 */
class TutorialTest {

    private static final Path TUTORIAL = Path.of("docs/adding-a-check.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\S+)(?: (\\S+))?\\n(.*?)^```\\n");

    @TempDir
    Path project;

    @Test
    void theTutorialsFilesAndCommandsGiveTheOutputItShows() throws Exception {
        TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, project.resolve("rules"));
        Matcher block = BLOCK.matcher(Files.readString(TUTORIAL));
        int files = 0;
        int commands = 0;
        while (block.find()) {
            String lang = block.group(1);
            String path = block.group(2);
            String body = block.group(3);
            if (path != null) {
                Path file = project.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, body);
                files++;
            } else if (lang.equals("console")) {
                for (String[] step : steps(body)) {
                    Ran ran = run(step[0]);
                    assertEquals(step[1], ran.out, "the output of '" + step[0] + "' in " + TUTORIAL);
                    // The tutorial shows standard output; a run with input errors says so in its summary.
                    boolean inputErrors = step[1].contains(" input error");
                    assertEquals(inputErrors ? 2 : 0, ran.code, "the exit code of '" + step[0] + "': " + ran.err);
                    if (!inputErrors) {
                        assertEquals("", ran.err, "what '" + step[0] + "' printed on standard error");
                    }
                    commands++;
                }
            }
        }
        assertEquals(3, files, "the tutorial's files");
        assertTrue(commands >= 3, "the tutorial's commands");
    }

    /** Writes every file the tutorial gives into {@code project}, as a reader following it would; returns them. */
    static List<Path> writeFiles(Path project) throws IOException {
        List<Path> written = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(TUTORIAL));
        while (block.find()) {
            if (block.group(2) != null) {
                Path file = project.resolve(block.group(2));
                Files.createDirectories(file.getParent());
                Files.writeString(file, block.group(3));
                written.add(file);
            }
        }
        return written;
    }

    /** Each "$ ./factcheck ..." line with the output lines under it. */
    private static List<String[]> steps(String console) {
        List<String[]> steps = new ArrayList<>();
        StringBuilder output = null;
        String command = null;
        for (String line : console.split("\n", -1)) {
            if (line.startsWith("$ ")) {
                if (command != null) steps.add(new String[] {command, output.toString()});
                command = line.substring(2);
                output = new StringBuilder();
            } else if (command != null) {
                output.append(line).append('\n');
            }
        }
        if (command != null) steps.add(new String[] {command, output.toString().replaceFirst("\n$", "")});
        return steps;
    }

    private record Ran(int code, String out, String err) {
    }

    /** Runs "./factcheck ARGS" in the tutorial's project, in a JVM of its own. */
    private Ran run(String command) throws IOException, InterruptedException {
        assertTrue(command.startsWith("./factcheck "), command);
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfactcheck.cache=" + System.getProperty("factcheck.cache", "off"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        args.addAll(Arrays.asList(command.substring("./factcheck ".length()).split(" ")));
        Path err = Files.createTempFile(project, "stderr", ".txt");
        Process process = new ProcessBuilder(args).directory(project.toFile())
                .redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not finish");
        String errors = Files.readString(err);
        Files.delete(err);
        return new Ran(process.exitValue(), out, errors);
    }
}
