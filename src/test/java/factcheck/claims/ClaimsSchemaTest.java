package factcheck.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import factcheck.model.Diagnostic;
import factcheck.rules.RuleHarness;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * schema/claims.schema.json, which editors use to complete and underline claims files as they are
 * typed, agrees with the loader: every claims file of the project, and each of a list of files
 * with one mistake a journalist makes, is valid by the schema exactly when the loader reads it
 * without an error. What the schema cannot say (a claim naming a figure no file defines, an id
 * used twice) is listed too, as the loader's alone, with why; and so is what the schema refuses
 * that the loader lets through.
 *
 * <p>Files are read as an editor reads them: YAML 1.2's core schema, as the YAML language server
 * does by default, so that {@code expect: TRUE} is a boolean and {@code published: 2023} a number.
 * One difference stays: JSON's keys are text, where the language server keeps a key such as
 * {@code 2023:} a number, so the schema takes either for the dates of a figure's values.
 */
class ClaimsSchemaTest {

    private static final Path SCHEMA = Path.of("schema/claims.schema.json");
    private static final String MODELINE = "# yaml-language-server: $schema=../schema/claims.schema.json";

    /** A small, valid article file: each mistake below is one edit of it. */
    private static final String BASE = """
            article:
              id: pay-article
              title: Pay at the studio
              published: 2023-07
              text: article.txt

            figures:
              - id: ml-pay
                range: [390000, 900000]
                unit: USD/year
                source: Job posting, Jul 2023
              - id: threshold
                values:
                  2023: 26,470
                  2024: 27,000
                unit: USD/year
                source: Health plan, earned eligibility
              - id: members-qualifying
                value: 12.7%
                source: CNN, 17 Jul 2023
                as-of: 2023
              - id: premium
                value: $125 a month
                source: LAist, 31 Aug 2023
              - id: headquarters
                text: 121 Albright Way, Los Gatos, California
                source: Form 10-Q, Jun 2023
              - id: threshold-rise
                change: [threshold@2023, threshold@2024]

            claims:
              - id: pay-33x
                quote: over 33x the minimum
                kind: ratio
                stated: 33x
                qualifier: over
                figures:
                  numerator: ml-pay
                  denominator: threshold
                expect: MISLEADING
              - id: below-threshold
                quote: 87% of actors don't make it
                kind: share
                figures:
                  complement: members-qualifying
                caveat:
                  reason: the figure is of all members, not only actors
                  at-most: MOSTLY_TRUE
                expect: MOSTLY_TRUE
              - id: based-in
                quote: Los Gatos-based Netflix
                kind: fact
                stated: Los Gatos
                figures:
                  reference: headquarters
              - id: out-of-pocket
                quote: pay for it completely out of pocket
                verdict: FALSE
                rationale: Members who qualify pay a premium of $125 a month.
                figures: [premium]
                expect: FALSE
            """;

    private static final String TEXT = "The posting pays over 33x the minimum, and 87% of actors don't make it."
            + " Los Gatos-based Netflix says they pay for it completely out of pocket.\n";

    /** One edit of {@link #BASE}: {@code from} (found exactly once) replaced by {@code to}. */
    private record Edit(String name, String from, String to) {
        String apply() {
            if (from.isEmpty()) {
                return BASE;
            }
            int at = BASE.indexOf(from);
            assertTrue(at >= 0 && BASE.indexOf(from, at + 1) < 0, name + ": '" + from + "' is not in the file exactly once");
            return BASE.substring(0, at) + to + BASE.substring(at + from.length());
        }
    }

    private static Edit edit(String name, String from, String to) {
        return new Edit(name, from, to);
    }

    /** Mistakes both the schema and the loader find. */
    private static final List<Edit> MISTAKES = List.of(
            edit("a claim's field misspelt", "    quote: over 33x", "    qoute: over 33x"),
            edit("a claim without its quote", "    quote: over 33x the minimum\n", ""),
            edit("a claim without its kind", "    kind: ratio\n", ""),
            edit("a claim's id left empty", "  - id: pay-33x\n", "  - id:\n"),
            edit("an expected verdict misspelt", "expect: MISLEADING", "expect: MISLEADNG"),
            edit("an expected verdict that is no verdict", "expect: MISLEADING", "expect: 33x"),
            edit("a range of one number", "range: [390000, 900000]", "range: [390000]"),
            edit("a range that is one number", "range: [390000, 900000]", "range: 390000"),
            edit("a figure without its source", "    source: Job posting, Jul 2023\n", ""),
            edit("a figure's source left empty", "source: Job posting, Jul 2023", "source:"),
            edit("a figure's value in loose words", "value: 12.7%", "value: a third"),
            edit("a figure's value in words that are no number", "value: 12.7%", "value: lots"),
            edit("a figure's value left empty", "value: 12.7%", "value:"),
            edit("a figure with both a value and a range", "    value: 12.7%\n", "    value: 12.7%\n    range: [12, 13]\n"),
            edit("a figure with neither value nor range", "    value: 12.7%\n", ""),
            edit("a figure's text as a list", "text: 121 Albright Way, Los Gatos, California", "text: [Los Gatos, California]"),
            edit("a figure's source as nested fields", "source: LAist, 31 Aug 2023", "source:\n      name: LAist"),
            edit("a figure without an id", "  - id: premium\n    value", "  - value"),
            edit("a figure id with '@'", "  - id: premium\n", "  - id: premium@2023\n"),
            edit("a figure's field misspelt", "    unit: USD/year\n    source: Job", "    units: USD/year\n    source: Job"),
            edit("an as-of that is no date", "as-of: 2023", "as-of: last year"),
            edit("an as-of in the thirteenth month", "as-of: 2023", "as-of: 2023-13"),
            edit("values with an as-of", "      2024: 27,000\n", "      2024: 27,000\n    as-of: 2024\n"),
            edit("values with no dates", "    values:\n      2023: 26,470\n      2024: 27,000\n", "    values: {}\n"),
            edit("values as a list", "    values:\n      2023: 26,470\n      2024: 27,000\n", "    values: [26470, 27000]\n"),
            edit("a value over time at no date", "      2024: 27,000", "      next year: 27,000"),
            edit("a value over time in words", "      2024: 27,000", "      2024: the same"),
            edit("a computed figure with a source", "    change: [threshold@2023, threshold@2024]\n",
                    "    change: [threshold@2023, threshold@2024]\n    source: Health plan\n"),
            edit("a computed figure with a value", "    change: [threshold@2023, threshold@2024]\n",
                    "    change: [threshold@2023, threshold@2024]\n    value: 2%\n"),
            edit("a computed figure with two operations", "    change: [threshold@2023, threshold@2024]\n",
                    "    change: [threshold@2023, threshold@2024]\n    sum: [ml-pay, premium]\n"),
            edit("a change of one figure", "change: [threshold@2023, threshold@2024]", "change: [threshold@2023]"),
            edit("a change of three figures", "change: [threshold@2023, threshold@2024]",
                    "change: [threshold@2023, threshold@2024, ml-pay]"),
            edit("a figure listed twice in a change", "change: [threshold@2023, threshold@2024]",
                    "change: [threshold@2023, threshold@2023]"),
            edit("a sum of no figures", "change: [threshold@2023, threshold@2024]", "sum: []"),
            edit("a speaker's title without a speaker", "    kind: ratio\n",
                    "    kind: ratio\n    speaker-title: strike captain\n"),
            edit("an unknown field of the article", "  title: Pay at the studio\n", "  title: Pay at the studio\n  author: A. Writer\n"),
            edit("an article without its text", "  text: article.txt\n", ""),
            edit("an article without its id", "  id: pay-article\n", ""),
            edit("a published date in words", "published: 2023-07", "published: July 2023"),
            edit("an unknown top-level field", "\nclaims:\n", "\nsources:\n  - CNN\n\nclaims:\n"),
            edit("'claims' misspelt", "\nclaims:\n", "\nclaim:\n"),
            edit("no article", "article:\n  id: pay-article\n  title: Pay at the studio\n  published: 2023-07\n  text: article.txt\n", ""),
            edit("claims that are not a list", BASE.substring(BASE.indexOf("\nclaims:\n")), "\nclaims: pay-33x\n"),
            edit("figures that are not a list", BASE.substring(BASE.indexOf("\nfigures:\n"), BASE.indexOf("\nclaims:\n")),
                    "\nfigures: ml-pay\n"),
            edit("a claim that is one word", "\nclaims:\n", "\nclaims:\n  - pay-33x\n"),
            edit("an empty stated", "stated: 33x", "stated: ''"),
            edit("a claim's field given twice", "    kind: ratio\n", "    kind: ratio\n    kind: share\n"),
            edit("a claim's figures as a list", "    figures:\n      numerator: ml-pay\n      denominator: threshold\n",
                    "    figures: [ml-pay, threshold]\n"),
            edit("a role with an empty list", "complement: members-qualifying", "complement: []"),
            edit("a role naming a figure twice", "complement: members-qualifying",
                    "complement: [members-qualifying, members-qualifying]"),
            edit("a role naming no figure", "reference: headquarters", "reference: ''"),
            edit("a precision of zero", "    stated: 33x\n", "    stated: 33x\n    precision: 0\n"),
            edit("a precision in words", "    stated: 33x\n", "    stated: 33x\n    precision: a tenth\n"),
            edit("a caveat without at-most", "      at-most: MOSTLY_TRUE\n", ""),
            edit("a caveat without its reason", "      reason: the figure is of all members, not only actors\n", ""),
            edit("a caveat that allows TRUE", "at-most: MOSTLY_TRUE", "at-most: TRUE"),
            edit("a caveat at UNVERIFIABLE", "at-most: MOSTLY_TRUE", "at-most: UNVERIFIABLE"),
            edit("a caveat's field misspelt", "      at-most: MOSTLY_TRUE", "      at_most: MOSTLY_TRUE"),
            edit("a caveat in words", "    caveat:\n      reason: the figure is of all members, not only actors\n"
                    + "      at-most: MOSTLY_TRUE\n", "    caveat: only members\n"),
            edit("both a kind and an editor's verdict", "    verdict: FALSE\n", "    kind: value\n    verdict: FALSE\n"),
            edit("a rationale without a verdict", "    verdict: FALSE\n", ""),
            edit("an editor's verdict without its rationale", "    rationale: Members who qualify pay a premium of $125 a month.\n", ""),
            edit("an editor's verdict resting on nothing", "    figures: [premium]\n    expect: FALSE\n", "    expect: FALSE\n"),
            edit("an editor's verdict with a stated number", "    verdict: FALSE\n", "    verdict: FALSE\n    stated: $125\n"),
            edit("an editor's verdict with a caveat", "    verdict: FALSE\n",
                    "    verdict: FALSE\n    caveat:\n      reason: some\n      at-most: FALSE\n"),
            edit("an editor's verdict that is no verdict", "verdict: FALSE", "verdict: WRONG"),
            edit("a quote of a whole text", "quote: pay for it completely out of pocket",
                    "quote: " + "pay for it completely out of pocket ".repeat(60)),
            edit("an id of a paragraph", "  - id: based-in\n", "  - id: " + "based-in-".repeat(12) + "\n"),
            edit("left-out without a reason", "\nclaims:\n", "\nleft-out:\n  - number: 87%\n\nclaims:\n"),
            edit("left-out with an unknown field", "\nclaims:\n", "\nleft-out:\n  - number: 87%\n    reason: later\n    why: later\n\nclaims:\n"));

    /** Files both accept, for the forms the loader allows that a strict reading could refuse. */
    private static final List<Edit> ALLOWED = List.of(
            edit("the file as it is", "", ""),
            edit("a verdict in lower case", "expect: MISLEADING", "expect: misleading"),
            edit("a verdict in words", "expect: MOSTLY_TRUE", "expect: mostly true"),
            edit("a verdict YAML reads as a boolean", "expect: MISLEADING", "expect: true"),
            edit("a caveat at FALSE, which YAML reads as a boolean", "at-most: MOSTLY_TRUE", "at-most: false"),
            edit("an editor's UNVERIFIABLE resting on nothing", "    verdict: FALSE\n    rationale: Members who qualify pay a"
                    + " premium of $125 a month.\n    figures: [premium]\n", "    verdict: UNVERIFIABLE\n    rationale: No"
                    + " source was found.\n"),
            edit("an editor's verdict with figures by role", "figures: [premium]", "figures: {basis: premium}"),
            edit("a range written out", "range: [390000, 900000]", "range: $390,000 - $900,000"),
            edit("a range with thousands separators", "range: [390000, 900000]", "range: [390,000, 900,000]"),
            edit("a plain number as a value", "value: 12.7%", "value: 12.7"),
            edit("a published date of a year", "published: 2023-07", "published: 2023"),
            edit("a published date of a quarter", "published: 2023-07", "published: 2023-Q3"),
            edit("an empty title", "title: Pay at the studio", "title:"),
            edit("an empty text figure", "text: 121 Albright Way, Los Gatos, California", "text: ''"),
            edit("a claim with no figures", "    figures:\n      reference: headquarters\n", ""),
            edit("a list role", "complement: members-qualifying", "complement: [members-qualifying]"),
            edit("a number as an id", "  - id: based-in\n", "  - id: 2023\n"),
            edit("a mean of figures", "change: [threshold@2023, threshold@2024]", "mean: [threshold@2023, threshold@2024]"),
            edit("a precision", "    stated: 33x\n", "    stated: 33x\n    precision: 1\n"),
            edit("a note and a speaker", "    kind: ratio\n", "    kind: ratio\n    speaker: Iris Liu\n    note: as quoted\n"),
            edit("a speaker with a title", "    kind: ratio\n",
                    "    kind: ratio\n    speaker: Iris Liu\n    speaker-title: strike captain\n"),
            edit("left-out with its reason", "\nclaims:\n", "\nleft-out:\n  - number: 87%\n    reason: later\n\nclaims:\n"));

    /**
     * Mistakes only the loader finds: the schema describes one file's shape, and cannot see the
     * text, the other files, or what the numbers and dates mean. Each is here with why.
     */
    private static final List<Edit> LOADER_ONLY = List.of(
            edit("a claim naming a figure no file defines (a schema sees one file, not which ids it defines)",
                    "numerator: ml-pay", "numerator: ml-salary"),
            edit("a figure id used twice (a schema cannot compare items by one field)",
                    "  - id: premium\n", "  - id: headquarters\n"),
            edit("a claim id used twice (ids are unique across every file of a run)",
                    "  - id: based-in\n", "  - id: pay-33x\n"),
            edit("a figure computed from itself (a schema cannot compare a value with its item's id)",
                    "change: [threshold@2023, threshold@2024]", "change: [threshold-rise, threshold]"),
            edit("a stated number the quote does not give (the loader reads the quote's numbers)",
                    "stated: 33x", "stated: 34x"),
            edit("a quote with 'over' and a claim with no qualifier (the loader reads the quote's words)",
                    "    qualifier: over\n", ""),
            edit("a text file that is not there (a schema does not read files)",
                    "text: article.txt", "text: artcle.txt"),
            edit("a date that no calendar has (a pattern does not know February has 28 days)",
                    "published: 2023-07", "published: 2023-02-30"),
            edit("a unit the checker does not know (units are many words, read by the loader)",
                    "unit: USD/year\n    source: Job", "unit: USD per fortnight per\n    source: Job"),
            edit("a value that is a range (what '10 - 20' means is read by the loader's number reader)",
                    "value: 12.7%", "value: 10 - 20%"),
            edit("a flow list of three numbers as a range (the loader reads [1,000, 2] as written; YAML gives it"
                    + " three items)", "range: [390000, 900000]", "range: [390000, 900000, 1000000]"),
            edit("an editor's verdict resting only on the article's numbers (a figure's source is in another item)",
                    "source: LAist, 31 Aug 2023", "source: article"),
            edit("left-out naming a number the text does not write (a schema does not read the text)",
                    "\nclaims:\n", "\nleft-out:\n  - number: 44%\n    reason: later\n\nclaims:\n"));

    /**
     * Files the schema refuses that the loader reads, on purpose: the schema asks for the clearer
     * form, and an editor's underline is only advice. Each is here with why.
     */
    private static final List<Edit> SCHEMA_ONLY = List.of(
            edit("a title given as a list (the loader passes over a list where one value belongs, in optional"
                    + " fields only)", "title: Pay at the studio", "title: [Pay, at the studio]"),
            edit("a figure's value as a number word (the schema asks for digits, as the loader's own message for"
                    + " 'a third' does; the loader reads a whole number word)", "value: 12.7%", "value: ten"),
            edit("a quote of '~', which YAML reads as nothing (the loader reads the characters)",
                    "quote: Los Gatos-based Netflix", "quote: ~"));

    private static Schema schema;
    private static Set<String> wordKinds;

    private static synchronized Schema schema() throws IOException {
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
            wordKinds = RuleHarness.bundledRules().wordKinds();
        }
        return schema;
    }

    /** What the schema says of a file: no message when it is valid. */
    private static List<String> schemaErrors(String yaml) throws IOException {
        Object tree;
        try {
            // As editors read it: YAML 1.2's core schema, and a key given twice is an error.
            tree = new Load(LoadSettings.builder().setSchema(new CoreSchema()).setAllowDuplicateKeys(false).build())
                    .loadFromString(yaml);
        } catch (YamlEngineException e) {
            return List.of("not YAML an editor reads: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String json = new ObjectMapper().writeValueAsString(tree);
        return schema().validate(json, InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** What the loader says of a file, read with the article's text beside it: no message when it accepts it. */
    private static List<String> loaderErrors(Path dir, String name, String yaml, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("article.txt"), text);
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        schema();
        return ClaimsLoader.load(List.of(file), wordKinds).errors().stream().map(Diagnostic::format).toList();
    }

    /** Where each case's files are written, removed after the class. */
    @TempDir
    static Path scratch;

    private static Path tmp() {
        try {
            return Files.createTempDirectory(scratch, "case");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSchemaIsADraft7SchemaWithTextForEveryProperty() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        assertEquals(List.of(), meta.validate(Files.readString(SCHEMA), InputFormat.JSON).stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList());
        // Editors show a property's description on hover: every property has one.
        List<String> bare = new ArrayList<>();
        described(new ObjectMapper().readTree(Files.readString(SCHEMA)), "", bare);
        assertEquals(List.of(), bare, "properties with no title or description");
    }

    /** Adds to {@code bare} the properties under {@code node} that have no title or description. */
    private static void described(JsonNode node, String at, List<String> bare) {
        node.properties().forEach(field -> {
            if (field.getKey().equals("properties")) {
                field.getValue().properties().forEach(p -> {
                    if (!p.getValue().has("title") || !p.getValue().has("description")) {
                        bare.add(at + "/" + p.getKey());
                    }
                    described(p.getValue(), at + "/" + p.getKey(), bare);
                });
            } else if (field.getValue().isObject() && !List.of("if", "then", "else").contains(field.getKey())) {
                // The conditions only narrow properties described above them.
                described(field.getValue(), at + "/" + field.getKey(), bare);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAcceptsEveryClaimsFileOfTheProject() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        // The bundled claims file, by its fixture copy: claims/ is its users', and LiveTreeTest lets no test open it.
        Path kron4 = factcheck.TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.yaml");
        tests.add(agreeing("the bundled claims file", kron4));
        // Made to carry markup into reports, not to be checked: a claim's stated number is not in its quote.
        Path hostile = Path.of("src/test/resources/hostile/hostile.yaml");
        tests.add(DynamicTest.dynamicTest(hostile + " (only the loader finds its mistake: it reads the quote)", () -> {
            schema();
            assertEquals(List.of(), schemaErrors(Files.readString(hostile)));
            assertTrue(!loaderErrors(hostile).isEmpty(), "the loader accepts " + hostile);
        }));
        // factcheck extract's proposal for the bundled article, beside the article's text.
        Path extract = tmp();
        Files.copy(Path.of("src/test/resources/golden/extract-kron4.yaml"), extract.resolve("extract-kron4.yaml"));
        Files.copy(factcheck.TestFiles.BUNDLED_CLAIMS.resolve("kron4-netflix-ai-strike.txt"),
                extract.resolve("kron4-netflix-ai-strike.txt"));
        tests.add(agreeing("factcheck extract's proposal", extract.resolve("extract-kron4.yaml")));
        // The README's and the tutorial's claims files, written out as a reader would.
        for (Path doc : List.of(Path.of("README.md"), Path.of("docs/adding-a-check.md"))) {
            Path dir = tmp();
            Matcher m = Pattern.compile("(?ms)^```(?:yaml|text) (claims/\\S+)\\n(.*?)^```\\n").matcher(Files.readString(doc));
            List<Path> yaml = new ArrayList<>();
            while (m.find()) {
                Path file = dir.resolve(m.group(1));
                Files.createDirectories(file.getParent());
                Files.writeString(file, m.group(2));
                if (file.toString().endsWith(".yaml")) {
                    yaml.add(file);
                }
            }
            assertTrue(!yaml.isEmpty(), doc + " shows no claims file");
            for (Path file : yaml) {
                tests.add(agreeing(doc + ": " + file.getFileName(), file));
            }
        }
        assertTrue(Files.readString(kron4).lines().limit(10).anyMatch(MODELINE::equals),
                "the bundled claims file names the schema for editors");
        return tests.stream();
    }

    /** A file of the project: the schema and the loader both accept it. */
    private static DynamicTest agreeing(String name, Path file) {
        return DynamicTest.dynamicTest(name, () -> {
            schema();
            check(name, true, schemaErrors(Files.readString(file)), loaderErrors(file));
        });
    }

    /**
     * The loader's errors in a file of the project. It reads the file's whole directory, as a run
     * would, so that an article can use a register beside it.
     */
    private static List<String> loaderErrors(Path file) {
        return ClaimsLoader.load(List.of(file.getParent()), wordKinds).errors().stream()
                .filter(d -> Path.of(d.file()).normalize().equals(file.normalize())).map(Diagnostic::format).toList();
    }

    private static void check(String name, boolean valid, List<String> bySchema, List<String> byLoader) {
        String both = "\n  schema: " + (bySchema.isEmpty() ? "valid" : String.join("\n          ", bySchema))
                + "\n  loader: " + (byLoader.isEmpty() ? "accepts" : String.join("\n          ", byLoader));
        if (bySchema.isEmpty() != byLoader.isEmpty()) {
            fail(name + ": the schema and the loader disagree" + both);
        }
        assertEquals(valid, byLoader.isEmpty(), name + ": " + (valid ? "expected valid" : "expected a mistake") + both);
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAndTheLoaderFindTheSameMistakes() {
        return MISTAKES.stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                check(e.name(), false, schemaErrors(e.apply()), loaderErrors(tmp(), "c.yaml", e.apply(), TEXT))));
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAndTheLoaderAllowTheSameForms() {
        return ALLOWED.stream().map(e -> DynamicTest.dynamicTest(e.name(), () ->
                check(e.name(), true, schemaErrors(e.apply()), loaderErrors(tmp(), "c.yaml", e.apply(), TEXT))));
    }

    @Test
    void aRegisterIsAFileOfFiguresOnly() throws IOException {
        String register = "figures:\n  - id: premium\n    value: $125 a month\n    source: LAist\n";
        check("a register", true, schemaErrors(register), loaderErrors(tmp(), "r.yaml", register, TEXT));
        String half = register + "claims: []\n";
        check("figures and claims, but no article", false, schemaErrors(half), loaderErrors(tmp(), "r.yaml", half, TEXT));
        check("an empty file", false, schemaErrors("# nothing yet\n"), loaderErrors(tmp(), "e.yaml", "# nothing yet\n", TEXT));
    }

    @TestFactory
    Stream<DynamicTest> mistakesOnlyTheLoaderFinds() {
        // Listed so that they are known, not passed over: if the schema comes to find one, move it to MISTAKES.
        return LOADER_ONLY.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            List<String> bySchema = schemaErrors(e.apply());
            List<String> byLoader = loaderErrors(tmp(), "c.yaml", e.apply(), TEXT);
            assertEquals(List.of(), bySchema, e.name() + ": the schema finds it now; move it to MISTAKES");
            assertTrue(!byLoader.isEmpty(), e.name() + ": the loader accepts it");
        }));
    }

    @TestFactory
    Stream<DynamicTest> formsOnlyTheSchemaRefuses() {
        return SCHEMA_ONLY.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            List<String> bySchema = schemaErrors(e.apply());
            List<String> byLoader = loaderErrors(tmp(), "c.yaml", e.apply(), TEXT);
            assertTrue(!bySchema.isEmpty(), e.name() + ": the schema accepts it now; move it to ALLOWED");
            assertEquals(List.of(), byLoader, e.name() + ": the loader refuses it too; move it to MISTAKES");
        }));
    }
}
