package factcheck.engine;

import factcheck.model.Finding;
import factcheck.model.Operand;
import factcheck.model.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claim a fact is about, for the facts of the model and for the types rule files declare. */
class ClaimIdsTest {

    private static KieBase kieBase;
    private static ClaimIds claimIds;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("declares.drl"), """
                package factcheck.rules;
                import factcheck.model.*;

                declare Step
                    claimId : String
                    n : int
                end

                declare Substep extends Step
                end

                declare Scoped extends ClaimScoped
                    claimId : String
                end

                declare Numbered
                    claimId : int
                end

                declare Unscoped extends ClaimScoped
                    n : int
                end

                declare Operand
                    @role(fact)
                end
                """);
        RuleSet.Compiled compiled = RuleSet.compile(dir);
        assertTrue(compiled.ok(), compiled.errors().toString());
        kieBase = compiled.rules().kieBase();
        claimIds = ClaimIds.of(kieBase);
    }

    private static Object declared(String type, Object claimId) throws Exception {
        FactType factType = kieBase.getFactType("factcheck.rules", type);
        Object fact = factType.newInstance();
        factType.set(fact, "claimId", claimId);
        return fact;
    }

    /** The claim c1 of a small article, with its operand and figure, as the loader reads them. */
    private static Engine.ClaimFindings c1() {
        return factcheck.rules.RuleHarness.check("""
                figures:
                  - {id: thr, value: 27000, source: Plan}
                claims:
                  - {id: c1, quote: the number 27000, kind: value, stated: 27000, figures: {reference: thr}}
                """).run().articles().get(0).claims().get(0);
    }

    @Test
    void aClaimIsAboutItself() {
        assertEquals("c1", claimIds.of(c1().claim()));
    }

    @Test
    void aFactOfTheModelAboutAClaimIsAboutItsClaimId() {
        assertEquals("c1", claimIds.of(new Finding("c1", Verdict.TRUE, "holds")));
    }

    @Test
    void aFactOfTheModelTheRulesAddMetadataToKeepsItsClaimId() {
        Operand operand = c1().operands().get(0);
        assertEquals("c1", claimIds.of(operand));
    }

    @Test
    void aTypeTheRulesDeclareWithAClaimIdFieldIsAboutThatClaim() throws Exception {
        assertEquals("c1", claimIds.of(declared("Step", "c1")));
        assertEquals("c2", claimIds.of(declared("Substep", "c2")), "a declared subtype inherits the field");
    }

    @Test
    void aDeclaredTypeThatExtendsClaimScopedIsReadByItsFieldForItHasNoClaimIdMethod() throws Exception {
        assertEquals("c3", claimIds.of(declared("Scoped", "c3")));
    }

    @Test
    void aDeclaredTypeThatExtendsClaimScopedWithNoClaimIdFieldIsAboutNoClaim() throws Exception {
        FactType unscoped = kieBase.getFactType("factcheck.rules", "Unscoped");
        assertNull(claimIds.of(unscoped.newInstance()));
    }

    @Test
    void aClaimIdThatIsNotTextIsAboutNoClaim() throws Exception {
        assertNull(claimIds.of(declared("Numbered", 7)));
        assertNull(claimIds.of(declared("Step", null)));
    }

    @Test
    void aFactWithNoClaimIdIsAboutNoClaim() {
        assertNull(claimIds.of("a string"));
        assertNull(claimIds.of(c1().operands().get(0).figure()));
    }
}
