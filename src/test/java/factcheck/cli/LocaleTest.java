package factcheck.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reports read the same whatever the machine's language: no Turkish dotless i in a lower-cased
 * word, no decimal comma, no Thai digits in a number. Each format of the bundled article, with the
 * default locale set to one that would show such a slip, against the same run in English.
 */
class LocaleTest {

    private static final List<String> LOCALES = List.of("tr-TR", "de-DE", "th-TH-u-nu-thai");

    @ParameterizedTest
    @ValueSource(strings = {
            "check --format text --explain",
            "check --format markdown",
            "check --format json --explain",
            "check --format html",
            "check --format claimreview --publisher Example --review-url https://example.org/r --date 2024-01-01",
            "check --fail-on FALSE",
            "test"})
    void theReportIsTheSameInAnyDefaultLocale(String command) {
        String[] args = command.split(" ");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Cli english = Cli.run(args);
            for (String tag : LOCALES) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                Cli local = Cli.run(args);
                assertEquals(english.out(), local.out(), command + " in " + tag);
                assertEquals(english.err(), local.err(), command + " in " + tag);
                assertEquals(english.code(), local.code(), command + " in " + tag);
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
