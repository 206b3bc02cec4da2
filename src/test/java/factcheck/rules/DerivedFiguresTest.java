package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures computed from others: sum, difference, mean, per, share and change, with their units and sources. */
class DerivedFiguresTest {

    private static final String PAY = """
            figures:
              - {id: salary, value: $4.9 million, source: Proxy statement}
              - {id: bonus, value: $23.9 million, source: Proxy statement}
              - {id: stock, value: $23.1 million, source: Proxy statement}
            """;

    @Test
    void aSumHoldsAgainstTheTotalStated() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: total, sum: [salary, bonus, stock]}
                claims:
                  - {id: c, quote: "Pay was $51.9 million", kind: value, figures: {reference: total}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("$51.9 million (total), as stated", r.reason("c"));
        assertEquals("sum: salary $4.9 million + bonus $23.9 million + stock $23.1 million = $51.9 million",
                r.claim("c").operands().get(0).figure().working());
    }

    @Test
    void aSumThatFallsShortIsFalse() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: total, sum: [salary, bonus]}
                claims:
                  - {id: c, quote: "Pay was $51.9 million", kind: value, figures: {reference: total}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("$28.8 million (total), not $51.9 million (45% below it)", r.reason("c"));
    }

    @Test
    void aSumOfARangeHasTwoEndsAndHoldsOnlyAtOne() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: options, range: [$20 million, $30 million], source: Proxy statement}
                  - {id: total, sum: [salary, options]}
                claims:
                  - {id: c, quote: "Pay was $34.9 million", kind: value, figures: {reference: total}}
                """);
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("sum: salary $4.9 million + options ($20 million - $30 million) = $24.9 million to $34.9 million",
                r.claim("c").operands().get(0).figure().working());
    }

    @Test
    void aDifferenceOfTwoPercentagesIsInPoints() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: ours, value: 48%, source: Poll}
                  - {id: theirs, value: 45%, source: Poll}
                  - {id: lead, difference: [ours, theirs]}
                claims:
                  - {id: c, quote: "a lead of 3 points", kind: value, stated: 3 points, figures: {reference: lead}}
                  - {id: d, quote: "a lead of 5 points", kind: value, stated: 5 points, figures: {reference: lead}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("3 points (lead), as stated", r.reason("c"));
        assertEquals(FALSE, r.verdict("d"));
    }

    @Test
    void aMeanDividesTheSumByHowManyFiguresThereAre() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: average, mean: [salary, bonus, stock]}
                claims:
                  - {id: c, quote: "an average of $17.3 million", kind: value, figures: {reference: average}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("mean: (salary $4.9 million + bonus $23.9 million + stock $23.1 million) / 3 = $17.3 million",
                r.claim("c").operands().get(0).figure().working());
    }

    @Test
    void aFigurePerPersonIsATotalOverACountInTheTotalsUnit() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: payroll, value: $60 million, source: Annual report}
                  - {id: staff, value: 1200, unit: people, source: Annual report}
                  - {id: per-head, per: [payroll, staff]}
                claims:
                  - {id: c, quote: "$50,000 per employee", kind: value, stated: "$50,000", figures: {reference: per-head}}
                  - {id: d, quote: "50,000 people", kind: value, stated: "50,000 people", figures: {reference: per-head}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("per: payroll $60 million / staff 1,200 = $50,000", r.claim("c").operands().get(0).figure().working());
        assertEquals(UNVERIFIABLE, r.verdict("d"));
        assertTrue(r.reason("d").contains("the claim states people") && r.reason("d").contains("dollars"), r.reason("d"));
    }

    @Test
    void aShareIsThePartOverTheWholeInPercent() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: qualifying, value: 20500, unit: members, source: Union}
                  - {id: members, value: 160000, unit: members, source: Union}
                  - {id: share, share: [qualifying, members]}
                claims:
                  - {id: c, quote: "about 13% qualify", kind: value, stated: 13%, qualifier: about, figures: {reference: share}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("share: qualifying 20,500 / members 160,000 x 100 = 12.813%",
                r.claim("c").operands().get(0).figure().working());
    }

    @Test
    void aChangeBetweenTwoDatesOfOneFigureIsInPercent() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2025-02", """
                figures:
                  - id: threshold
                    values: {2023: 26470, 2024: 27000, 2025: 27540}
                    unit: USD/year
                    source: Health plan
                  - {id: rise, change: [threshold@2023, threshold@2025]}
                claims:
                  - {id: c, quote: "up 4% in two years", kind: value, stated: 4%, figures: {reference: rise}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("change: (threshold (2025) 27,540 - threshold (2023) 26,470) / threshold (2023) 26,470 x 100 = 4.0423%",
                r.claim("c").operands().get(0).figure().working());
    }

    @Test
    void figuresInDifferentUnitsCannotBeAdded() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: staff, value: 1200, unit: people, source: Annual report}
                  - {id: total, sum: [salary, staff]}
                claims:
                  - {id: c, quote: "Pay was $51.9 million", kind: value, figures: {reference: total}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.shortErrors().contains("test.yaml:10: error: figure 'total': sum: figure 'salary' is in dollars and figure"
                + " 'staff' in people; a sum needs figures in the same unit"), r.shortErrors().toString());
    }

    @Test
    void aCountOfZeroCannotShareATotal() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: payroll, value: $60 million, source: Annual report}
                  - {id: staff, value: 0, unit: people, source: Annual report}
                  - {id: per-head, per: [payroll, staff]}
                claims:
                  - {id: c, quote: "$50,000 per employee", kind: value, stated: "$50,000", figures: {reference: per-head}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.shortErrors().contains("test.yaml:8: error: figure 'per-head': per: figure 'staff' is 0, and a total can"
                + " only be shared over a count above zero"), r.shortErrors().toString());
    }

    @Test
    void anEmptyListIsAnErrorAtItsLine() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: total, sum: []}
                claims:
                  - {id: c, quote: "Pay was $51.9 million", kind: value, figures: {reference: total}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.shortErrors().contains("test.yaml:9: error: figure 'total': field 'sum' lists no figures; it takes a list"
                + " of figures, like 'sum: [salary, bonus, stock]'"), r.shortErrors().toString());
    }

    @Test
    void aListWithAnUnknownFigureNamesTheClosestOne() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - id: total
                    sum:
                      - salary
                      - bonsu
                claims:
                  - {id: c, quote: "Pay was $51.9 million", kind: value, figures: {reference: total}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertTrue(r.shortErrors().contains("test.yaml:12: error: figure 'total': sum: unknown figure 'bonsu'; did you mean"
                + " 'bonus'? (known: salary, bonus, stock, total)"), r.shortErrors().toString());
    }

    @Test
    void aDifferenceTakesExactlyTwoFigures() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: gap, difference: [salary, bonus, stock]}
                claims: []
                """);
        assertEquals(List.of("test.yaml:9: error: figure 'gap': field 'difference' lists 3 figures; it takes two figures,"
                + " the second taken from the first, like 'difference: [revenue, costs]'"), r.shortErrors());
    }

    @Test
    void figuresComputedFromEachOtherAreALoop() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a, sum: [b]}
                  - {id: b, sum: [a]}
                claims: []
                """);
        assertTrue(r.shortErrors().contains("test.yaml:7: error: figure 'b': sum: figure 'a' is computed from itself (a -> b -> a);"
                + " compute it from figures with values"), r.shortErrors().toString());
    }

    @Test
    void aComputedFigureTakesItsSourcesFromWhatItWasComputedFrom() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: total, sum: [salary, bonus], source: Me}
                claims: []
                """);
        assertEquals(List.of("test.yaml:9: error: figure 'total': field 'source': a computed figure's sources come from"
                + " the figures it is computed from; remove it"), r.shortErrors());
    }

    @Test
    void aSumOfTheArticlesOwnFiguresIsOnlyAsGoodAsThem() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: a, value: 10, source: article}
                  - {id: b, value: 20, source: article}
                  - {id: c-total, sum: [a, b]}
                  - {id: d, value: 5, source: Census}
                  - {id: e-total, sum: [a, d]}
                claims:
                  - {id: c, quote: "30 in all", kind: value, stated: 30, figures: {reference: c-total}}
                  - {id: e, quote: "15 in all", kind: value, stated: 15, figures: {reference: e-total}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("consistent with the article's own figures (c-total), but none of them has a source outside the article",
                r.reason("c"));
        assertEquals(TRUE, r.verdict("e"));
    }

    @Test
    void aMeanThatMissesIsFalseAndAMeanOfARangeHasTwoEnds() {
        RuleHarness.Fired r = RuleHarness.check(PAY + """
                  - {id: options, range: [$20 million, $30 million], source: Proxy statement}
                  - {id: average, mean: [salary, bonus, stock]}
                  - {id: average-range, mean: [salary, options]}
                claims:
                  - {id: c, quote: "an average of $25 million", kind: value, figures: {reference: average}}
                  - {id: d, quote: "an average of $17.45 million", kind: value, figures: {reference: average-range}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals(MISLEADING, r.verdict("d"));
        assertEquals("mean: (salary $4.9 million + options ($20 million - $30 million)) / 2 = $12.45 million to $17.45"
                + " million", r.claim("d").operands().get(0).figure().working());
    }

    @Test
    void aFigurePerPersonOfARangeHoldsOnlyAtOneEnd() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: payroll, range: [$48 million, $60 million], source: Annual report}
                  - {id: staff, value: 1200, unit: people, source: Annual report}
                  - {id: per-head, per: [payroll, staff]}
                claims:
                  - {id: c, quote: "$50,000 per employee", kind: value, stated: "$50,000", figures: {reference: per-head}}
                """);
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("per: payroll ($48 million - $60 million) / staff 1,200 = $40,000 to $50,000",
                r.claim("c").operands().get(0).figure().working());
    }

    @Test
    void aShareOrAChangeThatMissesIsFalse() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2025-02", """
                figures:
                  - {id: qualifying, value: 20500, unit: members, source: Union}
                  - {id: members, value: 160000, unit: members, source: Union}
                  - {id: share, share: [qualifying, members]}
                  - id: threshold
                    values: {2023: 26470, 2025: 27540}
                    unit: USD/year
                    source: Health plan
                  - {id: rise, change: [threshold@2023, threshold@2025]}
                claims:
                  - {id: c, quote: "a quarter qualify", kind: value, stated: 25%, figures: {reference: share}}
                  - {id: d, quote: "up 10% in two years", kind: value, stated: 10%, figures: {reference: rise}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals(FALSE, r.verdict("d"));
    }

    @Test
    void aShareOfFiguresInDifferentUnitsAndAChangeFromZeroAreBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: money, value: $5 million, source: Budget}
                  - {id: people, value: 1000, unit: people, source: Census}
                  - {id: none, value: 0, unit: people, source: Census}
                  - {id: odd-share, share: [money, people]}
                  - {id: from-zero, change: [none, people]}
                claims: []
                """);
        assertEquals(List.of(
                "test.yaml:9: error: figure 'odd-share': share: figure 'money' is in dollars and figure 'people' in"
                        + " people; a share needs figures in the same unit",
                "test.yaml:10: error: figure 'from-zero': change: figure 'none' is 0, and a change in percent is from a"
                        + " figure above zero; for a change in size, use 'difference'"), r.shortErrors());
    }
}
