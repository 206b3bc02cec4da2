package factcheck.cli;

import factcheck.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * factcheck runs from anywhere, through a symlink on the PATH: the distribution as `mvn package`
 * makes it (src/assembly/dist.xml: bin/factcheck, factcheck.jar and its lib/ beside bin/), and
 * the project's own ./factcheck. Each is laid out in one temporary directory, linked from a second
 * on the PATH, and run from a third, and prints what the command line run in-process prints.
 *
 * <p>{@code mvn test} runs before {@code package}, so the distribution is laid out here from the
 * same files the assembly takes: the launcher, a jar of the compiled classes, and the jars of the
 * class path; the first test checks the assembly still puts them where this test does.
 */
class DistributionTest {

    @TempDir
    static Path tmp;

    /** The unpacked distribution. */
    private static Path home;
    /** A directory on the PATH, with a relative symlink to a symlink to the distribution's bin/factcheck. */
    private static Path onPath;
    /** Where the commands run: empty. */
    private static Path work;

    private static final String RULES = TestFiles.BUNDLED_RULES.toAbsolutePath().toString();
    private static final String CLAIMS = TestFiles.BUNDLED_CLAIMS.toAbsolutePath().toString();

    @BeforeAll
    static void unpack() throws Exception {
        home = tmp.resolve("opt/factcheck");
        Launched.launcher(home.resolve("bin/factcheck"));
        Launched.jar(home);
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("factcheck"), home.resolve("bin/factcheck"));
        onPath = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(onPath.resolve("factcheck"), onPath.relativize(links.resolve("factcheck")));
        work = Files.createDirectories(tmp.resolve("work"));
    }

    /** The README's install steps name the distribution this build makes, not an older version's. */
    @Test
    void theReadmesInstallStepsNameThisVersionsDistribution() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        String version = ((Element) pom.getDocumentElement().getElementsByTagName("version").item(0)).getTextContent();
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("target/factcheck-" + version + ".tar.gz"), "README names factcheck-" + version);
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("factcheck-(\\d+\\.\\d+\\.\\d+\\S*?)[/.]")
                .matcher(readme);
        while (named.find()) {
            assertEquals(version, named.group(1), "the distribution the README names at " + named.start());
        }
    }

    @Test
    void theAssemblyShipsTheLauncherAsBinFactcheckWithTheJarAndItsLibBesideBin() throws Exception {
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/assembly/dist.xml").toFile());
        List<String> shipped = new ArrayList<>();
        NodeList files = descriptor.getElementsByTagName("file");
        for (int i = 0; i < files.getLength(); i++) {
            shipped.add(text(files.item(i), "source") + " -> " + text(files.item(i), "outputDirectory"));
        }
        NodeList sets = descriptor.getElementsByTagName("fileSet");
        for (int i = 0; i < sets.getLength(); i++) {
            shipped.add(text(sets.item(i), "directory") + "/ -> " + text(sets.item(i), "outputDirectory"));
        }
        assertEquals(List.of("factcheck -> bin", "${project.build.directory}/factcheck.jar -> .", "README.md -> .",
                "${project.build.directory}/lib/ -> lib", "rules/ -> rules", "claims/ -> claims", "docs/ -> docs",
                "schema/ -> schema"), shipped);
    }

    @Test
    void theDistributionChecksThroughASymlinkOnThePathFromAnotherDirectory() throws Exception {
        Launched r = factcheck("check", "--claims", CLAIMS, "--rules", RULES);
        Cli expected = Cli.run("check", "--claims", CLAIMS, "--rules", RULES);
        assertEquals(expected.code(), r.code(), r.err());
        assertEquals(expected.err(), r.err());
        assertEquals(expected.out(), r.out());
    }

    @Test
    void withNeitherRulesNorClaimsInTheCurrentDirectoryItSaysWhereItLookedAndWhatToPass() throws Exception {
        Launched r = factcheck("check");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals("", r.out());
        Path here = work.toRealPath();
        assertEquals("factcheck: error: no rules directory at " + here.resolve("rules") + " and no claims at "
                + here.resolve("claims") + "; pass --rules DIR, the directory of the rule files (*.drl), and --claims PATH,"
                + " a claims file (*.yaml) or a directory of them\n", r.err());
    }

    @Test
    void theProjectsLauncherFindsItsJarThroughASymlinkFromAnotherDirectory() throws Exception {
        Path project = tmp.resolve("project");
        Launched.launcher(project.resolve("factcheck"));
        // The pom, older than the jar: the launcher runs target/factcheck.jar and builds nothing.
        Files.copy(Path.of("pom.xml"), project.resolve("pom.xml"));
        Launched.jar(project.resolve("target"));
        Path bin = Files.createDirectories(tmp.resolve("project-link"));
        Files.createSymbolicLink(bin.resolve("factcheck"), project.resolve("factcheck"));
        Launched r = Launched.run(work, Map.of("PATH", path(bin), "FACTCHECK_CACHE", "off"),
                "sh", "-c", "exec factcheck \"$@\"", "factcheck", "--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(Cli.run("--version").out(), r.out());
    }

    /** Runs factcheck in the work directory as a shell finds it, on the PATH, with the caches off. */
    private static Launched factcheck(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec factcheck \"$@\"", "factcheck"));
        command.addAll(List.of(args));
        return Launched.run(work, Map.of("PATH", path(onPath), "FACTCHECK_CACHE", "off"), command.toArray(String[]::new));
    }

    /** A PATH of {@code dir}, then the java running the tests, then the system's. */
    private static String path(Path dir) {
        return dir + File.pathSeparator + Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    }

    private static String text(org.w3c.dom.Node parent, String child) {
        NodeList nodes = ((Element) parent).getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
