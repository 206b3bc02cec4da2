package factcheck.engine;

import factcheck.model.Claim;
import factcheck.model.ClaimScoped;
import org.drools.base.factmodel.GeneratedFact;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.rule.Match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claim a fact is about: a claim's own id, the claim id of a fact of the model about one
 * claim ({@link ClaimScoped}: an operand, a finding, a result), or the {@code claimId} field of
 * a type the rules declare ({@code declare Step claimId : String end}). The engine files what
 * rules do under these ids: the trace, the firings that bound a loop, and the facts taken out
 * when one claim's rules loop.
 */
final class ClaimIds {

    /** The types the rules declare with a {@code claimId : String} field, and that field. */
    private final Map<Class<?>, FactField> declared;

    private ClaimIds(Map<Class<?>, FactField> declared) {
        this.declared = declared;
    }

    /** The claim ids of the facts the rules of {@code kieBase} see: its declared types are looked up once, here. */
    static ClaimIds of(KieBase kieBase) {
        Map<Class<?>, FactField> declared = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (FactType type : p.getFactTypes()) {
                FactField field = type.getField("claimId");
                if (type.getFactClass() != null && field != null && field.getType() == String.class) {
                    declared.put(type.getFactClass(), field);
                }
            }
        }
        return new ClaimIds(Map.copyOf(declared));
    }

    /** The claim {@code fact} is about, or null when it is about none (an article, a figure, a table row). */
    String of(Object fact) {
        if (fact instanceof Claim c) {
            return c.id();
        }
        if (fact instanceof GeneratedFact) {
            // Drools made its class from a declare: its claimId field, if any, is read by getClaimId(), as even
            // a type that says "extends ClaimScoped" has no claimId() of its own.
            FactField field = declared.get(fact.getClass());
            return field != null && field.get(fact) instanceof String s ? s : null;
        }
        return fact instanceof ClaimScoped s ? s.claimId() : null;
    }

    /** The claim a match is about: that of the first of its facts about one, or null. */
    String of(Match match) {
        List<Object> facts = match.getObjects();
        for (Object fact : facts) {
            String id = of(fact);
            if (id != null) {
                return id;
            }
        }
        return null;
    }
}
