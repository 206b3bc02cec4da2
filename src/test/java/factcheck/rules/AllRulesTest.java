package factcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static factcheck.model.Verdict.FALSE;
import static factcheck.model.Verdict.MISLEADING;
import static factcheck.model.Verdict.MOSTLY_TRUE;
import static factcheck.model.Verdict.TRUE;
import static factcheck.model.Verdict.UNVERIFIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules/all.drl: a stated number with its qualifier, true of every member of a set. */
class AllRulesTest {

    /** Quarterly revenue, in USD billion, and an all claim about the quarters listed. */
    private static RuleHarness.Fired quarters(String members, String qualifier, String quote) {
        return quarters(members, qualifier, quote, "stated: $1 billion, ");
    }

    private static RuleHarness.Fired quarters(String members, String qualifier, String quote, String stated) {
        return RuleHarness.check("""
                figures:
                  - {id: q1, value: 1.1, unit: USD billion, source: Annual report}
                  - {id: q2, value: 0.98, unit: USD billion, source: Annual report}
                  - {id: q3, value: 1.2, unit: USD billion, source: Annual report}
                  - {id: q4, value: 1.05, unit: USD billion, source: Annual report}
                  - {id: q5, range: [0.9, 1.3], unit: USD billion, source: Analysts' estimates}
                claims:
                  - {id: c, quote: "%s", kind: all, %squalifier: "%s", figures: {members: %s}}
                """.formatted(quote, stated, qualifier, members));
    }

    /** Rent rises, in percent, and an all claim about them. */
    private static RuleHarness.Fired rents(String members, String qualifier, String quote) {
        return RuleHarness.check("""
                figures:
                  - {id: leeds, value: 12, unit: percent, source: Rent survey}
                  - {id: york, value: 29.6, unit: percent, source: Rent survey}
                  - {id: hull, value: 32, unit: percent, source: Rent survey}
                  - {id: bath, value: 28, unit: percent, source: Rent survey}
                  - {id: bristol, range: [25, 33], unit: percent, source: Rent survey}
                claims:
                  - {id: c, quote: "%s", kind: all, qualifier: "%s", figures: {members: %s}}
                """.formatted(quote, qualifier, members));
    }

    /** A message with the test's temporary directory taken out of its file names. */
    private static String placeless(String message) {
        return message.replaceAll("[^\\s(]*/test\\.yaml", "test.yaml");
    }

    @Test
    void everyMemberOverTheNumberHolds() {
        RuleHarness.Fired r = quarters("[q1, q3, q4]", "over", "revenue topped $1 billion in all three quarters");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("3 of 3 hold: $1.1 billion (q1), over $1 billion; $1.2 billion (q3), over $1 billion;"
                + " $1.05 billion (q4), over $1 billion", r.reason("c"));
        assertEquals("every member holds", r.rule("c"));
    }

    @Test
    void oneMemberUnderTheNumberMakesTheClaimFalseAndIsNamed() {
        RuleHarness.Fired r = quarters("[q1, q2, q3, q4]", "over", "revenue topped $1 billion in all four quarters");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("3 of 4 hold; $980 million (q2: 0.98 USD billion), not over $1 billion", r.reason("c"));
        assertEquals("some members fail", r.rule("c"));
    }

    @Test
    void aMemberGivenAsARangeThatHoldsOnlyAtTheTopIsMisleading() {
        RuleHarness.Fired r = quarters("[q1, q5]", "over", "revenue topped $1 billion in both quarters");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("1 of 2 hold, and 1 only at one end of its range: at the top, $1.3 billion (q5), over $1 billion;"
                + " at the bottom, $900 million (q5: 0.9 - 1.3 USD billion), not over $1 billion", r.reason("c"));
    }

    @Test
    void aMemberFailingOutrightOutranksOneHoldingAtOneEnd() {
        RuleHarness.Fired r = quarters("[q2, q5]", "over", "revenue topped $1 billion in both quarters");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("0 of 2 hold; $980 million (q2: 0.98 USD billion), not over $1 billion; and 1 only at one end of"
                + " its range: at the top, $1.3 billion (q5), over $1 billion; at the bottom, $900 million (q5: 0.9 - 1.3"
                + " USD billion), not over $1 billion", r.reason("c"));
    }

    @Test
    void membersJustOffAnApproximateNumberAreMostlyTrue() {
        RuleHarness.Fired r = quarters("[q1, q4]", "about", "both quarters brought in about $1 billion");
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("2 of 2 hold, 1 only loosely: $1.1 billion (q1), 10% above $1 billion: not about $1 billion as"
                + " the words say, but within 10% of it", r.reason("c"));
    }

    @Test
    void allBelowADecimalHolds() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: smith, value: 0.31, source: League table}
                  - {id: jones, value: 0.48, source: League table}
                claims:
                  - {id: c, quote: "all below 0.50", kind: all, qualifier: below, figures: {members: [smith, jones]}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("2 of 2 hold: 0.31 (smith), below 0.50; 0.48 (jones), below 0.50", r.reason("c"));
    }

    @Test
    void everyQuarterAboveASumCarriesThePeriodThrough() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: q1, value: 1.1, unit: USD billion/quarter, source: Annual report}
                  - {id: q2, value: 1.2, unit: USD billion/quarter, source: Annual report}
                claims:
                  - {id: c, quote: "every quarter above $1 billion", kind: all, stated: "$1 billion a quarter",
                     qualifier: above, figures: {members: [q1, q2]}}
                """);
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("2 of 2 hold: $4.4 billion a year (q1: 1.1 USD billion/quarter), above $1 billion a quarter"
                + " ($4 billion a year); $4.8 billion a year (q2: 1.2 USD billion/quarter), above $1 billion a quarter"
                + " ($4 billion a year)", r.reason("c"));
    }

    @Test
    void aSumPerQuarterAgainstMembersWithNoPeriodIsBadInputNotFalse() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: q1, value: 1.1, unit: USD billion, source: Annual report}
                claims:
                  - {id: c, quote: "every quarter above $1 billion", kind: all, stated: "$1 billion a quarter",
                     qualifier: above, figures: {members: [q1]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': the claim states dollars per year (test.yaml:8) but figure 'q1' is USD"
                + " (test.yaml:6); say per what in both, like 'unit: USD/year' or 'stated: $2,250 a month'",
                placeless(r.reason("c")));
    }

    @Test
    void aMemberInAnotherUnitIsBadInputNamingBothUnits() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: q1, value: 1.1, unit: USD billion, source: Annual report}
                  - {id: staff, value: 1200, unit: people, source: Annual report}
                claims:
                  - {id: c, quote: "all above $1 billion", kind: all, qualifier: above, figures: {members: [q1, staff]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:9: error: claim 'c': field 'figures.members': figure 'q1' (members, test.yaml:6)"
                        + " is USD but figure 'staff' (members, test.yaml:7) is people; the members of a set count the same"
                        + " thing, in one unit",
                "test.yaml:9: error: claim 'c': field 'stated': the claim states dollars (test.yaml:9) but figure"
                        + " 'staff' is people (test.yaml:7); give the figure it stands for, or fix the unit of one of them"),
                r.errors().stream().map(AllRulesTest::placeless).sorted().toList());
    }

    @Test
    void anEmptyListIsAnInputError() {
        RuleHarness.Fired r = quarters("[]", "over", "revenue topped $1 billion in all four quarters");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:12: error: claim 'c': field 'figures.members' lists no figures; give their ids,"
                + " like 'members: [first, second]'"), r.errors().stream().map(AllRulesTest::placeless).toList());
    }

    @Test
    void aListNamingAnUnknownFigureIsAnInputError() {
        RuleHarness.Fired r = quarters("[q1, q6]", "over", "revenue topped $1 billion in all four quarters");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals(List.of("test.yaml:12: error: claim 'c': field 'figures.members': unknown figure 'q6'; did you mean"
                + " 'q1'? (known: q1, q2, q3, q4, q5)"), r.errors().stream().map(AllRulesTest::placeless).toList());
    }

    @Test
    void theDatedValuesOfAFigureOverTimeAreTheMembers() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - id: threshold
                    values: {2022: 25000, 2023: 26470, 2024: 27000}
                    unit: USD/year
                    source: SAG-AFTRA health plan
                claims:
                  - {id: c, quote: "the threshold has been above $25,000 a year", kind: all, qualifier: above,
                     figures: {members: threshold}}
                """);
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("2 of 3 hold; $25,000 a year (threshold, 2022), not above $25,000 a year", r.reason("c"));
    }

    @Test
    void upToSaysTheLargestMemberIsTheNumberAsWritten() {
        RuleHarness.Fired r = rents("[leeds, york]", "up to", "rents rose by up to 30%");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("the largest of 2: 29.6% (york), which rounds to the stated 30%; none is over it", r.reason("c"));
        assertEquals("the largest member is the stated top", r.rule("c"));
    }

    @Test
    void upToWithTheLargestALittleFurtherUnderIsMostlyTrue() {
        RuleHarness.Fired r = rents("[leeds, bath]", "up to", "rents rose by up to 30%");
        assertEquals(MOSTLY_TRUE, r.verdict("c"));
        assertEquals("the largest of 2: 28% (bath), 6.7% below the stated 30%: close, but more than its written"
                + " precision allows (to the nearest 1); none is over it", r.reason("c"));
    }

    @Test
    void upToWithTheLargestFarUnderIsFalse() {
        RuleHarness.Fired r = rents("[leeds]", "up to", "rents rose by up to 30%");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("the largest of 1: 12% (leeds), not 30% (60% below it); 'up to 30%' says the largest is 30%",
                r.reason("c"));
        assertEquals("the largest member falls short of the stated top", r.rule("c"));
    }

    @Test
    void upToWithAMemberOverItIsFalse() {
        RuleHarness.Fired r = rents("[leeds, york, hull]", "up to", "rents rose by up to 30%");
        assertEquals(FALSE, r.verdict("c"));
        assertEquals("1 of 3 is over the stated top: 32% (hull), not up to 30%", r.reason("c"));
    }

    @Test
    void upToWithAMemberWhoseRangeRunsPastItIsMisleading() {
        RuleHarness.Fired r = rents("[leeds, bristol]", "as much as", "rents rose by as much as 30%");
        assertEquals(MISLEADING, r.verdict("c"));
        assertEquals("1 of 2 is over the stated top at one end of its range: at the top, 33% (bristol), not as much as"
                + " 30%; at the bottom, 25% (bristol), as much as 30%", r.reason("c"));
    }

    @Test
    void noneOverANumberIsEveryMemberAtMostIt() {
        RuleHarness.Fired r = rents("[leeds, york]", "at most", "none of them rose over 30%");
        assertEquals(TRUE, r.verdict("c"));
        assertEquals("2 of 2 hold: 12% (leeds), at most 30%; 29.6% (york), at most 30%", r.reason("c"));
    }

    @Test
    void noneOverANumberGivenAsOverIsBadInput() {
        RuleHarness.Fired r = rents("[leeds, york]", "over", "none of them rose over 30%");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'qualifier': the quote says none of the set is 'over 30%', which is the opposite of 'over';"
                + " write what every member is, 'qualifier: at most'", r.reason("c"));
    }

    @Test
    void noMemberUnderANumberGivenAsUnderAsksForAtLeast() {
        RuleHarness.Fired r = quarters("[q1, q3]", "under", "no quarter came in below $1 billion");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'qualifier': the quote says none of the set is 'below $1 billion', which is the opposite of"
                + " 'under'; write what every member is, 'qualifier: at least'", r.reason("c"));
    }

    @Test
    void noMoreThanIsAQualifierNotADenial() {
        RuleHarness.Fired r = rents("[leeds, york]", "no more than", "rents rose by no more than 30%");
        assertEquals(TRUE, r.verdict("c"));
        assertTrue(r.reason("c").startsWith("2 of 2 hold: 12% (leeds), no more than 30%"), r.reason("c"));
    }

    @Test
    void aQuoteWithNoSingleNumberNeedsTheStatedOne() {
        RuleHarness.Fired r = quarters("[q1, q3]", "over", "revenue topped $1 billion in all four quarters", "");
        assertEquals(UNVERIFIABLE, r.verdict("c"));
        assertEquals("field 'stated': an all claim needs the number every member is judged against, and its quote holds"
                + " no single number to take it from (numbers in the quote: $1 billion, four); write it in 'stated', as"
                + " the article does ('$1 billion', '5%', '0.50')", r.reason("c"));
    }

    @Test
    void upToOverRangesIsAboutTheTopOfTheSet() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: netflix, range: [$390000, $900000], source: Job posting}
                  - {id: apple, range: [$138900, $256500], source: Job posting}
                claims:
                  - {id: c, quote: "jobs paying up to $900,000", kind: all, qualifier: up to,
                     figures: {members: [netflix, apple]}}
                """);
        assertEquals(TRUE, r.verdict("c"), r.reason("c"));
    }

    @Test
    void aPeriodInTheQuoteButNotInTheMembersIsBadInput() {
        RuleHarness.Fired r = RuleHarness.check("""
                figures:
                  - {id: q1, value: $1.2 billion, source: Filings}
                  - {id: q2, value: $1.3 billion, source: Filings}
                claims:
                  - {id: c, quote: "Revenue was above $1 billion every quarter last year", kind: all, stated: $1 billion,
                     qualifier: above, figures: {members: [q1, q2]}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"), r.reason("c"));
        assertTrue(!r.errors().isEmpty() && r.errors().stream().allMatch(e -> e.contains("say per what in both")),
                r.errors().toString());
    }

    @Test
    void aLongListIsNamedByItsFirstFewFailures() {
        StringBuilder figures = new StringBuilder("figures:\n");
        StringBuilder ids = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            figures.append("  - {id: m").append(i).append(", value: ").append(i).append(", unit: people, source: Census}\n");
            ids.append(i == 1 ? "" : ", ").append("m").append(i);
        }
        RuleHarness.Fired r = RuleHarness.check(figures + "claims:\n  - {id: c, quote: \"every town over 30 people\","
                + " kind: all, qualifier: over, figures: {members: [" + ids + "]}}\n");
        assertEquals(FALSE, r.verdict("c"));
        assertTrue(r.reason("c").startsWith("10 of 40 hold; "), r.reason("c"));
        assertTrue(r.reason("c").endsWith("; and 25 more"), r.reason("c"));
    }

    @Test
    void sinceAYearTheMembersDoNotReachIsUnverifiable() {
        RuleHarness.Fired r = RuleHarness.checkPublished("2024-03-04", """
                figures:
                  - {id: rev, unit: USD billion, source: Filings, values: {2020: 1.1, 2021: 1.2, 2022: 1.3, 2023: 1.4}}
                claims:
                  - {id: c, quote: "revenue topped $1 billion every year since 2015", kind: all, qualifier: over,
                     figures: {members: rev}}
                """);
        assertEquals(UNVERIFIABLE, r.verdict("c"), r.reason("c"));
        assertEquals("the quote says 'since 2015', but the earliest member is from 2020; the years before are not"
                + " checked: give the members from 2015", r.reason("c"));
    }
}
