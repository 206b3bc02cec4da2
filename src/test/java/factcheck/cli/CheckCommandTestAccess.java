package factcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** For tests in other packages: runs {@code check --format json} and reads the verdicts. */
public final class CheckCommandTestAccess {
    /** A copy of the bundled claims, so that a user's edits to claims/ do not change these tests. */
    private static final String BUNDLED = factcheck.TestFiles.BUNDLED_CLAIMS.toString();

    private CheckCommandTestAccess() {
    }

    /** The JSON report of {@code check --format json ARGS}, asserting it exits 0. */
    public static String json(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--claims", BUNDLED, "--format", "json"));
        all.addAll(List.of(args));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    /** The verdict of claim {@code id} in a JSON report. */
    public static String verdict(String json, String id) {
        try {
            for (JsonNode a : new ObjectMapper().readTree(json).get("articles")) {
                for (JsonNode c : a.get("claims")) {
                    if (c.get("id").asText().equals(id)) {
                        return c.get("verdict").asText();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no claim " + id);
    }
}
