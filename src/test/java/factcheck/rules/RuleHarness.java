package factcheck.rules;

import factcheck.claims.ClaimsLoader;
import factcheck.claims.ClaimsSet;
import factcheck.engine.Engine;
import factcheck.model.Reason;
import factcheck.engine.RuleSet;
import factcheck.model.Diagnostic;
import factcheck.model.Verdict;
import factcheck.report.Report;
import factcheck.verdict.ClaimResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the project's rules (the real files under rules/) over a small claims file written
 * in a test. The article's text is the claims text itself, so every quote is found in it.
 */
public final class RuleHarness {
    private static RuleSet rules;

    private RuleHarness() {
    }

    /** The bundled rules, compiled once per test run. */
    public static synchronized RuleSet bundledRules() {
        if (rules == null) {
            RuleSet.Compiled compiled = RuleSet.compile(factcheck.TestFiles.BUNDLED_RULES);
            assertTrue(compiled.ok(), () -> "the bundled rules do not compile: " + compiled.errors());
            rules = compiled.rules();
        }
        return rules;
    }

    /**
     * The bundled rules with one edit: in rule file {@code file}, {@code from} replaced by {@code to}
     * (which must be there), compiled from a temporary copy.
     */
    public static RuleSet rulesWith(String file, String from, String to) {
        try {
            Path dir = factcheck.TestFiles.copy(factcheck.TestFiles.BUNDLED_RULES, Files.createTempDirectory("factcheck-rules"));
            String text = Files.readString(dir.resolve(file));
            assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
            Files.writeString(dir.resolve(file), text.replace(from, to));
            RuleSet.Compiled compiled = RuleSet.compile(dir);
            assertTrue(compiled.ok(), () -> "the edited rules do not compile: " + compiled.errors());
            return compiled.rules();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks {@code figuresAndClaims} (the 'figures:' and 'claims:' parts of a claims file). */
    public static Fired check(String figuresAndClaims) {
        return check(bundledRules(), figuresAndClaims);
    }

    public static Fired check(RuleSet rules, String figuresAndClaims) {
        return check(rules, figuresAndClaims, figuresAndClaims);
    }

    /** Checks {@code figuresAndClaims} as claims of an article whose text is {@code articleText}. */
    public static Fired checkArticle(String articleText, String figuresAndClaims) {
        return check(bundledRules(), articleText, figuresAndClaims);
    }

    /**
     * Checks {@code figuresAndClaims} as claims of an article published on {@code published}
     * ("2023-07-19", "2023-07"), whose text is the claims text.
     */
    public static Fired checkPublished(String published, String figuresAndClaims) {
        return check(bundledRules(), figuresAndClaims, figuresAndClaims, "  published: " + published + "\n");
    }

    private static Fired check(RuleSet rules, String articleText, String figuresAndClaims) {
        return check(rules, articleText, figuresAndClaims, "");
    }

    private static Fired check(RuleSet rules, String articleText, String figuresAndClaims, String articleFields) {
        try {
            Path dir = Files.createTempDirectory("factcheck-rule-test");
            Files.writeString(dir.resolve("article.txt"), articleText);
            Path file = dir.resolve("test.yaml");
            Files.writeString(file, """
                    article:
                      id: test-article
                      title: Test article
                      text: article.txt
                    """ + articleFields + figuresAndClaims);
            ClaimsSet claims = ClaimsLoader.load(List.of(file), rules.wordKinds());
            Engine.Run run = Engine.run(rules, claims, Engine.DEFAULT_MAX_FIRINGS);
            return new Fired(factcheck.Reports.of(claims, run), run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the rules decided. */
    public record Fired(Report report, Engine.Run run) {
        public ClaimResult claim(String id) {
            return report.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("no claim '" + id + "' in " + report.claims()));
        }

        public Verdict verdict(String id) {
            return claim(id).verdict();
        }

        /** The deciding reason's message. */
        public String reason(String id) {
            return claim(id).decidingReason().message();
        }

        /** The rule that decided. */
        public String rule(String id) {
            return claim(id).decidingReason().rule().name();
        }

        public List<Reason> reasons(String id) {
            return claim(id).reasons();
        }

        /** Input errors, formatted as printed, with the test file named without its directory. */
        public List<String> shortErrors() {
            return errors().stream().map(e -> e.replaceAll("/[^ :]*/(test\\.yaml|article\\.txt)", "$1")).toList();
        }

        /** Input errors, formatted as printed. */
        public List<String> errors() {
            return report.errors().stream().map(Diagnostic::format).toList();
        }
    }
}
