package factcheck.report;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The browser tests, run where Chromium cannot be found: each one is skipped with its reason, or
 * fails under CI=true; never "0 tests run" and silence.
 */
class RequiresChromiumTest {

    private record Ended(String test, TestExecutionResult.Status status, String message) {
    }

    /** Runs HtmlReportBrowserTest with these configuration parameters; how each of its tests ended. */
    private static List<Ended> runBrowserTests(Map<String, String> parameters) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(HtmlReportBrowserTest.class)).configurationParameters(parameters).build();
        List<Ended> ended = new ArrayList<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    ended.add(new Ended(id.getDisplayName(), result.getStatus(),
                            result.getThrowable().map(Throwable::getMessage).orElse("")));
                }
            }
        });
        return ended;
    }

    @Test
    void withoutChromiumEachBrowserTestIsSkippedWithTheReason() {
        List<Ended> ended = runBrowserTests(Map.of(RequiresChromium.CHROMIUM, "/nonexistent/chromium",
                RequiresChromium.CI, "false"));
        assertFalse(ended.isEmpty(), "the browser tests were found");
        for (Ended e : ended) {
            assertEquals(TestExecutionResult.Status.ABORTED, e.status(), e.test());
            assertTrue(e.message().startsWith("Chromium is not installed (apt-get install chromium"), e.message());
            assertTrue(e.message().endsWith(e.test() + " needs a browser, and is skipped"), e.message());
        }
    }

    @Test
    void underCiWithoutChromiumEachBrowserTestFails() {
        List<Ended> ended = runBrowserTests(Map.of(RequiresChromium.CHROMIUM, "/nonexistent/chromium",
                RequiresChromium.CI, "true"));
        assertFalse(ended.isEmpty(), "the browser tests were found");
        for (Ended e : ended) {
            assertEquals(TestExecutionResult.Status.FAILED, e.status(), e.test());
            assertTrue(e.message().endsWith("under CI=true this fails, as CI installs Chromium (.ci/run)"), e.message());
        }
    }
}
