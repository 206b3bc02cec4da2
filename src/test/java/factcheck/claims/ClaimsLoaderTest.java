package factcheck.claims;

import factcheck.model.Claim;
import factcheck.model.Diagnostic;
import factcheck.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Reading claims files: the format, and an error for each thing a hand-written file gets wrong. */
class ClaimsLoaderTest {

    @TempDir
    Path tmp;

    private ClaimsSet load(String yaml) throws IOException {
        Files.writeString(tmp.resolve("article.txt"), "Some text.");
        Path file = tmp.resolve("c.yaml");
        Files.writeString(file, yaml);
        return ClaimsLoader.load(List.of(file));
    }

    private List<String> errors(String yaml) throws IOException {
        return load(yaml).errors().stream().map(d -> d.format().replace(tmp + "/", "")).toList();
    }

    private static final String ARTICLE = """
            article:
              id: a
              title: T
              text: article.txt
            """;

    @Test
    void readsAClaimWithItsFiguresByRole() throws IOException {
        ClaimsSet set = load(ARTICLE + """
                figures:
                  - id: pay
                    range: [390000, 900000]
                    unit: USD/year
                    source: article
                  - id: minimum
                    value: 26,470
                    source: CNN
                    as-of: 2023
                claims:
                  - id: c
                    quote: over 33x
                    speaker: Iris Liu
                    kind: ratio
                    stated: 33
                    qualifier: Over
                    figures:
                      numerator: pay
                      denominator: minimum
                    expect: mostly true
                """);
        assertEquals(List.of(), set.errors());
        ArticleClaims a = set.articles().get(0);
        Claim c = a.claims().get(0);
        assertEquals("over", c.qualifier());
        assertEquals(Verdict.MOSTLY_TRUE, c.expect());
        assertEquals(33, c.stated().low());
        assertEquals(List.of("numerator", "denominator"), List.copyOf(c.figures().keySet()));
        assertEquals(List.of("pay", "minimum"), a.operands().stream().map(o -> o.figure().id()).toList());
        assertEquals(26470, a.figures().get(1).low());
        assertEquals("2023", a.figures().get(1).asOf());
        assertEquals(true, a.figures().get(0).fromArticle());
        assertEquals(15, c.where().line());
        assertEquals(23, c.at("figures.denominator").line());
    }

    @Test
    void aPrecisionIsReadLikeAnyNumberAndMustBeOne() throws IOException {
        ClaimsSet set = load(ARTICLE + """
                claims:
                  - {id: c, quote: q 900000, kind: value, stated: 900000, precision: "1,000"}
                """);
        assertEquals(List.of(), set.errors());
        assertEquals(1000, set.articles().get(0).claims().get(0).stated().lowPrecision());
        assertEquals(List.of("c.yaml:6: error: claim 'c': field 'precision': '5%' is not a number; write digits,"
                        + " like 1 or 0.1"),
                errors(ARTICLE + """
                        claims:
                          - {id: c, quote: q 900000, kind: value, stated: 900000, precision: 5%}
                        """));
    }

    @Test
    void everyErrorIsReportedAtOnceWithItsLine() throws IOException {
        assertEquals(List.of(
                "c.yaml:6: error: figure 'pay': give exactly one of 'value', 'range', 'text' or 'values', or compute it from other figures, like 'sum: [salary, bonus]'",
                "c.yaml:6: error: figure 'pay': missing required field 'source'",
                "c.yaml:9: error: figure 'min': field 'value': '27,00' is ambiguous: a comma that is not followed"
                        + " by groups of three digits may be a decimal comma; write 27.00 for a decimal, or group"
                        + " thousands as 1,234,567",
                "c.yaml:12: error: claim 'c': missing required field 'kind'",
                "c.yaml:15: error: claim 'c': field 'figures.numerator': figure 'pay' has errors of its own (above);"
                        + " fix them first",
                "c.yaml:16: error: claim 'c': field 'expect': 'probably' is not a verdict (one of FALSE, MISLEADING,"
                        + " UNVERIFIABLE, MOSTLY_TRUE, TRUE)"),
                errors(ARTICLE + """
                        figures:
                          - id: pay
                            unit: USD
                          - id: min
                            value: "27,00"
                            source: CNN
                        claims:
                          - id: c
                            quote: q
                            figures:
                              numerator: pay
                            expect: probably
                        """));
    }

    @Test
    void anUnknownFigureIsNamedWithTheClosestKnownOne() throws IOException {
        assertEquals(List.of("c.yaml:15: error: claim 'c': field 'figures.reference': unknown figure 'minimun';"
                        + " did you mean 'minimum'? (known: minimum)"),
                errors(ARTICLE + """
                        figures:
                          - id: minimum
                            value: 27000
                            source: CNN
                        claims:
                          - id: c
                            quote: q 27000
                            kind: value
                            stated: 27000
                            figures:
                              reference: minimun
                        """));
    }

    @Test
    void aSpeakersNameAndRoleAreSeparate() throws IOException {
        ClaimsSet set = load(ARTICLE + """
                figures:
                  - id: minimum
                    value: 26,470
                    source: CNN
                claims:
                  - id: c
                    quote: the minimum
                    speaker: Iris Liu
                    speaker-title: SAG-AFTRA member and strike captain
                    verdict: FALSE
                    rationale: r
                    figures: [minimum]
                """);
        assertEquals(List.of(), set.errors());
        Claim c = set.articles().get(0).claims().get(0);
        assertEquals("Iris Liu", c.speaker());
        assertEquals("SAG-AFTRA member and strike captain", c.speakerTitle());
    }

    @Test
    void aSpeakerTitleNeedsASpeaker() throws IOException {
        assertEquals(List.of("c.yaml:12: error: claim 'c': 'speaker-title' is the speaker's role; give the speaker's"
                        + " name as 'speaker'"),
                errors(ARTICLE + """
                        figures:
                          - id: minimum
                            value: 26,470
                            source: CNN
                        claims:
                          - id: c
                            quote: the minimum
                            speaker-title: strike captain
                            verdict: FALSE
                            rationale: r
                            figures: [minimum]
                        """));
    }

    @Test
    void anUnknownFieldIsNamedWithTheClosestKnownOne() throws IOException {
        assertEquals(List.of("c.yaml:8: error: claim 'c': unknown field 'qoute'; did you mean 'quote'? (fields: caveat,"
                        + " expect, figures, id, kind, note, precision, qualifier, quote, rationale, speaker, speaker-title, stated,"
                        + " unit,"
                        + " verdict)",
                        "c.yaml:6: error: claim 'c': missing required field 'quote'").stream().sorted().toList(),
                errors(ARTICLE + """
                        claims:
                          - id: c
                            kind: value
                            qoute: q
                        """));
    }

    @Test
    void aClaimWithErrorsIsKeptAsRejectedAndTheOthersAreRead() throws IOException {
        ClaimsSet set = load(ARTICLE + """
                claims:
                  - id: bad
                    quote: q
                  - id: good
                    quote: q
                    kind: fact
                """);
        ArticleClaims a = set.articles().get(0);
        assertEquals(List.of("good"), a.claims().stream().map(Claim::id).toList());
        assertEquals("bad", a.rejected().get(0).claim().id());
        assertEquals(List.of(new Diagnostic(tmp.resolve("c.yaml").toString(), 6, 0,
                "claim 'bad': missing required field 'kind'")), a.rejected().get(0).errors());
    }

    @Test
    void aRangeWrittenWithThousandsCommasIsReadAsWritten() throws IOException {
        ClaimsSet set = load(ARTICLE + """
                figures:
                  - id: r
                    range: [390,000, 900,000]
                    source: s
                claims: []
                """);
        assertEquals(List.of(), set.errors());
        factcheck.model.Amount a = set.articles().get(0).figures().get(0).amount();
        assertEquals(390_000, a.low());
        assertEquals(900_000, a.high());
        assertEquals(10_000, a.lowPrecision());
    }

    @Test
    void aListThatIsNotTwoNumbersSaysHowToWriteARange() throws IOException {
        assertEquals(List.of("c.yaml:7: error: figure 'r': field 'range': a range is two numbers, [low, high];"
                        + " inside brackets a comma separates the numbers, so write [390000, 900000], [390,000, 900,000]"
                        + " with a space after the separating comma, or '$390,000 - $900,000'"),
                errors(ARTICLE + """
                        figures:
                          - id: r
                            range: [1,000,2,000,3,000]
                            source: s
                        claims: []
                        """));
    }

    @Test
    void anArticleWithoutATitleIsTitledByItsId() throws IOException {
        ClaimsSet set = load("article:\n  id: a\n  text: article.txt\nclaims: []\n");
        assertEquals(List.of(), set.errors());
        assertEquals("a", set.articles().get(0).article().title());
    }

    @Test
    void aClaimWhoseIdIsTakenIsListedUncheckedNotDropped() throws IOException {
        ClaimsSet set = load(ARTICLE + "claims:\n  - {id: c, quote: q, kind: fact}\n  - {id: c, quote: r, kind: fact}\n");
        ArticleClaims a = set.articles().get(0);
        assertEquals(1, a.claims().size());
        assertEquals("r", a.rejected().get(0).claim().quote());
    }

    @Test
    void claimIdsMustBeUniqueAcrossFiles() throws IOException {
        Files.writeString(tmp.resolve("article.txt"), "x");
        Files.writeString(tmp.resolve("one.yaml"), ARTICLE + "claims:\n  - {id: c, quote: q, kind: fact}\n");
        Files.writeString(tmp.resolve("two.yaml"), ARTICLE.replace("id: a", "id: b")
                + "claims:\n  - {id: c, quote: q, kind: fact}\n");
        ClaimsSet set = ClaimsLoader.load(List.of(tmp));
        assertEquals(List.of(tmp.resolve("two.yaml") + ":6: error: claim 'c': id is already used at "
                + tmp.resolve("one.yaml") + ":6; claim ids must be unique across the claims files of a run"),
                set.errors().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aMissingArticleTextIsAnErrorAndItsClaimsAreListedUnchecked() throws IOException {
        String yaml = ARTICLE.replace("article.txt", "missing.txt") + "claims:\n  - {id: c, quote: q, kind: fact}\n";
        assertEquals(List.of("c.yaml:4: error: article: field 'text': cannot read 'missing.txt' (relative to this"
                + " file); give the path of the article's text"), errors(yaml));
        ArticleClaims a = load(yaml).articles().get(0);
        assertEquals(List.of(), a.claims());
        assertEquals("c", a.rejected().get(0).claim().id());
    }

    @Test
    void aRangeMustBeLowThenHigh() throws IOException {
        assertEquals(List.of("c.yaml:7: error: figure 'r': field 'range': the low end 900 is above the high end 300;"
                        + " write [low, high]"),
                errors(ARTICLE + """
                        figures:
                          - id: r
                            range: [900, 300]
                            source: s
                        claims: []
                        """));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpensWithWhatToDo() throws IOException {
        assertEquals(List.of("c.yaml:3: error: not valid YAML: found unexpected end of stream (while scanning a quoted"
                        + " scalar); a quoted value is not closed; add its closing quote"),
                errors("article:\n  id: a\n  title: \"unclosed\n  text: t.txt\n"));
    }

    @Test
    void aMissingColonIsReportedOnItsOwnLine() throws IOException {
        assertEquals(List.of("c.yaml:3: error: not valid YAML: could not find expected ':' (while scanning a simple"
                        + " key); a field is written 'name: value'; is a ':' missing?"),
                errors("article:\n  id: a\n  title Test\n  text: t.txt\n"));
    }

    @Test
    void aValueWithAColonInItIsToldToBeQuoted() throws IOException {
        assertEquals(List.of("c.yaml:3: error: not valid YAML: mapping values are not allowed here; a value that"
                        + " contains ': ' must be quoted, like quote: \"Liu said: over 33x\""),
                errors("article:\n  id: a\n  title: Liu said: over\n"));
    }

    @Test
    void aMissingPathIsAnError() {
        ClaimsSet set = ClaimsLoader.load(List.of(tmp.resolve("nope.yaml")));
        assertEquals(List.of(tmp.resolve("nope.yaml") + ": error: no such file or directory"),
                set.errors().stream().map(Diagnostic::format).toList());
    }
}
