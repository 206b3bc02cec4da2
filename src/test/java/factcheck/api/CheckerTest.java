package factcheck.api;

import factcheck.verdict.ArticleResult;
import factcheck.TestFiles;
import factcheck.bench.Generate;
import factcheck.model.Diagnostic;
import factcheck.report.Format;
import factcheck.report.Report;
import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker as a library: one compiled checker, shared by threads, gives the command line's verdicts. */
class CheckerTest {
    @TempDir
    static Path dir;
    static Checker checker;
    static List<Path> files;

    @BeforeAll
    static void setUp() throws Exception {
        checker = Checker.compile(TestFiles.BUNDLED_RULES, Checker.Settings.DEFAULT);
        Generate.write(dir, 8, 30);
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<String> verdicts(ArticleResult a) {
        return a.claims().stream().map(c -> c.claim().id() + " " + c.verdict()).toList();
    }

    @Test
    void oneFileIsCheckedOnItsOwnAsARunWouldCheckIt() {
        Report run = checker.checkAll(List.of(TestFiles.BUNDLED_CLAIMS), 1);
        List<Diagnostic> errors = new ArrayList<>();
        ArticleResult alone = checker.check(TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.yaml"),
                errors);
        assertEquals(List.of(), errors);
        assertEquals(verdicts(run.articles().get(0)), verdicts(alone));
        assertEquals(Format.json.render(run), Format.json.render(new Report(List.of(alone), errors)));
    }

    @Test
    void threadsSharingOneCheckerGetWhatOneThreadGets() throws Exception {
        List<List<String>> alone = new ArrayList<>();
        for (Path f : files) {
            alone.add(verdicts(checker.check(f, new ArrayList<>())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> shared = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path f : files) {
                    shared.add(pool.submit(() -> verdicts(checker.check(f, new ArrayList<>()))));
                }
            }
            for (int i = 0; i < shared.size(); i++) {
                assertEquals(alone.get(i % files.size()), shared.get(i).get(), files.get(i % files.size()).toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunHandsOverArticlesInInputOrderWhateverTheThreads() {
        List<String> order = new ArrayList<>();
        Checker.Outcome outcome = checker.check(List.of(dir), 3, a -> order.add(a.source().article().id()));
        assertEquals(List.of("a00001", "a00002", "a00003", "a00004", "a00005", "a00006", "a00007", "a00008"), order);
        assertEquals(240, outcome.totals().claims());
        assertEquals(List.of(), outcome.errors());
        assertEquals(List.of(), outcome.failures());
    }

    @Test
    void articlesAreCheckedOnSeveralThreadsAtOnce() {
        // Each article waits until another thread holds one too: one thread at a time would never get there.
        java.util.concurrent.CountDownLatch two = new java.util.concurrent.CountDownLatch(2);
        java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Boolean> met = new ArrayList<>();
        checker.check(List.of(dir), 3, a -> {
            threads.add(Thread.currentThread().getName());
            two.countDown();
            try {
                return two.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, (a, together) -> met.add(together), Checker.Progress.NONE);
        assertEquals(8, met.size());
        assertTrue(met.get(0), "the first article was checked while another was");
        assertTrue(threads.size() >= 2, threads.toString());
    }

    @Test
    void aFileWithoutAnArticleGivesNoResultAndItsErrors() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yml"), "article: [\n");
        List<Diagnostic> errors = new ArrayList<>();
        assertNull(checker.check(broken, errors));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).format().startsWith(broken + ":"), errors.get(0).format());
        Files.delete(broken);
    }

    @Test
    void rulesThatDoNotCompileAreAnExceptionWithEachError() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package factcheck.rules;\nrule \"x\" when then nonsense( end\n");
        Checker.RulesBroken e = assertThrows(Checker.RulesBroken.class,
                () -> Checker.compile(rules, Checker.Settings.DEFAULT));
        assertTrue(e.errors().get(0).format().startsWith(rules.resolve("bad.drl") + ":2"), e.errors().toString());
    }

    @Test
    void aClaimResultCarriesItsVerdictReasonAndRule() {
        ArticleResult a = checker.check(files.get(0), new ArrayList<>());
        ClaimResult first = a.claims().get(0);
        assertEquals("a00001-0", first.claim().id());
        assertEquals("MISLEADING", first.verdict().name());
        assertTrue(first.decidingReason().rule().file().endsWith("qualifiers.drl"), first.decidingReason().rule().file());
    }
}
