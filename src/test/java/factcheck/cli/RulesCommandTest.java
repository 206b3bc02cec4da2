package factcheck.cli;

import factcheck.model.RuleSource;
import factcheck.rules.RuleHarness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factcheck rules}: every rule with its place and description. */
class RulesCommandTest {

    @Test
    void listsEveryRuleWithFileLineNameAndDescription() throws java.io.IOException {
        Cli r = Cli.run("rules");
        assertEquals(0, r.code(), r.err());
        RuleSource ratio = RuleHarness.bundledRules().rules().stream()
                .filter(x -> x.name().equals("ratio of the figures")).findFirst().orElseThrow();
        assertTrue(r.out().contains(ratio.location() + ": ratio of the figures\n"
                + "    With ranges, both ends are judged: the smallest ratio divides the low numerator by the high"
                + " denominator (by the low one if the numerator is negative), the largest the other way round.\n"),
                r.out());
        int rules = RuleHarness.bundledRules().rules().size();
        long files;
        try (var drl = java.nio.file.Files.list(factcheck.TestFiles.BUNDLED_RULES)) {
            files = drl.filter(p -> p.toString().endsWith(".drl")).count();
        }
        assertTrue(r.out().endsWith("\n" + rules + " rules in " + files + " files\n"), r.out());
    }

    @Test
    void everyBundledRuleSaysWhyInACommentAboveIt() {
        for (RuleSource rule : RuleHarness.bundledRules().rules()) {
            assertTrue(!rule.description().isBlank(), rule.location() + " \"" + rule.name() + "\" has no description");
        }
    }
}
