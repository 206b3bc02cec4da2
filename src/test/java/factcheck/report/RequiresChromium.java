package factcheck.report;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For tests that need headless Chromium: each is skipped, with the reason, where Chromium is
 * not installed, and fails instead under {@code CI=true}, since CI installs it (.ci/run) and a
 * skip there would hide a test that never ran.
 *
 * <p>Where Chromium is: {@code FACTCHECK_CHROMIUM}, or the usual places. The configuration
 * parameters (or system properties) {@value #CHROMIUM} and {@value #CI} override the lookup and
 * the environment's {@code CI}.
 */
public final class RequiresChromium implements BeforeEachCallback {
    static final String CHROMIUM = "factcheck.chromium";
    static final String CI = "factcheck.ci";

    /** Chromium's path, or null when it is not installed. */
    static Path find(Optional<String> override) {
        Stream<String> places = override.isPresent() ? Stream.of(override.get())
                : Stream.of(System.getenv("FACTCHECK_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        return places.filter(p -> p != null && !p.isBlank() && Files.isExecutable(Path.of(p))).map(Path::of)
                .findFirst().orElse(null);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (find(context.getConfigurationParameter(CHROMIUM)) != null) {
            return;
        }
        boolean ci = Boolean.parseBoolean(context.getConfigurationParameter(CI).orElse(System.getenv("CI")));
        String why = "Chromium is not installed (apt-get install chromium, or FACTCHECK_CHROMIUM=path): "
                + context.getDisplayName() + " needs a browser";
        if (ci) {
            throw new AssertionFailedError(why + "; under CI=true this fails, as CI installs Chromium (.ci/run)");
        }
        throw new TestAbortedException(why + ", and is skipped");
    }
}
