package factcheck.cli;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher script run as a user runs it: the jar laid out as {@code mvn package} lays it out,
 * and the script started as a process, with what it printed on each stream and its exit code.
 */
record Launched(String out, String err, int code) {

    /**
     * {@code dir/factcheck.jar} of the compiled main classes, with the jars it needs in {@code dir/lib}
     * named by its manifest: target/'s layout, and the distribution's.
     */
    static void jar(Path dir) throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path lib = Files.createDirectories(dir.resolve("lib"));
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(jar)
                    && !Files.exists(lib.resolve(jar.getFileName()))) {
                Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                classPath.add("lib/" + jar.getFileName());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream file = Files.newOutputStream(dir.resolve("factcheck.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, jar);
                jar.closeEntry();
            }
        }
    }

    /** A copy of the project's launcher at {@code to}, executable. */
    static Path launcher(Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(Path.of("factcheck"), to);
        assertTrue(to.toFile().setExecutable(true));
        return to;
    }

    /**
     * Runs {@code command} in {@code dir} with the java running the tests first on the PATH (and as
     * JAVA_HOME), no Java options of the user's, and more variables given in {@code env}.
     */
    static Launched run(Path dir, Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile("launched", ".out");
        Path err = Files.createTempFile("launched", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Map<String, String> environment = builder.environment();
            environment.remove("FACTCHECK_JAVA_OPTS");
            environment.remove("JAVA_TOOL_OPTIONS");
            String javaHome = System.getProperty("java.home");
            environment.put("JAVA_HOME", javaHome);
            environment.put("PATH", Path.of(javaHome, "bin") + File.pathSeparator
                    + environment.getOrDefault("PATH", "/usr/bin:/bin"));
            environment.putAll(env);
            Process p = builder.start();
            p.getOutputStream().close();
            boolean ended = p.waitFor(5, TimeUnit.MINUTES);
            if (!ended) {
                p.destroyForcibly();
            }
            assertTrue(ended, "the launcher ended");
            return new Launched(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    p.exitValue());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
