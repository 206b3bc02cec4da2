package factcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small rule and claims files for tests of rules that fail at run time. */
public final class RuleFixtures {
    private RuleFixtures() {
    }

    /** A rule that decides every claim TRUE, so that a claim nothing stopped is TRUE. */
    public static final String DECIDES = """
            package factcheck.rules;
            import factcheck.model.*;

            // Every claim holds, for these tests.
            rule "every claim holds"
            when
                $c : Claim()
            then
                insert(new Finding($c.id(), Verdict.TRUE, "holds"));
            end
            """;

    /** Writes {@code DECIDES} and {@code extra} (as zz.drl, if not null) into {@code dir}; returns it. */
    public static Path rules(Path dir, String extra) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("decides.drl"), DECIDES);
        if (extra != null) {
            Files.writeString(dir.resolve("zz.drl"), extra);
        }
        return dir;
    }

    /** Writes two articles into {@code dir}: 'a' with claims c1, c2 and c3, 'b' with claim d1; returns it. */
    public static Path claims(Path dir) throws IOException {
        Files.createDirectories(dir);
        article(dir, "a", "c1", "c2", "c3");
        article(dir, "b", "d1");
        return dir;
    }

    /** An article {@code id} whose text states 27000 once per claim, and a value claim for each. */
    public static void article(Path dir, String id, String... claimIds) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder yaml = new StringBuilder("article: {id: " + id + ", title: Article " + id + ", text: " + id
                + ".txt}\nfigures:\n  - {id: thr-" + id + ", value: 27000, source: Plan}\nclaims:\n");
        for (String c : claimIds) {
            text.append("Claim ").append(c).append(" says 27000. ");
            yaml.append("  - {id: ").append(c).append(", quote: Claim ").append(c).append(" says 27000., kind: value,"
                    + " stated: 27000, figures: {reference: thr-").append(id).append("}}\n");
        }
        Files.writeString(dir.resolve(id + ".txt"), text.toString());
        Files.writeString(dir.resolve(id + ".yaml"), yaml.toString());
    }
}
