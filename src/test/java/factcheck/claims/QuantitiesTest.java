package factcheck.claims;

import factcheck.model.Amount;
import factcheck.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading numbers as journalists write them: units, scale words, stated forms, signs, separators,
 * the numbers a quote holds, and whether a stated number is one its quote writes.
 */
class QuantitiesTest {

    private static final double EPS = 1e-9;

    // ---------------------------------------------------------------- helpers

    private static Quantities.UnitSpec unit(String text) {
        List<String> errors = new ArrayList<>();
        Quantities.UnitSpec spec = Quantities.unit(text, errors);
        assertNotNull(spec, () -> "unit '" + text + "' did not read: " + errors);
        assertEquals(List.of(), errors, "unit '" + text + "'");
        return spec;
    }

    private static String unitError(String text) {
        List<String> errors = new ArrayList<>();
        Quantities.UnitSpec spec = Quantities.unit(text, errors);
        assertNull(spec, () -> "unit '" + text + "' should not read, but gave " + spec);
        assertEquals(1, errors.size(), "one error for '" + text + "': " + errors);
        return errors.get(0);
    }

    private static Amount read(String text) {
        return read(text, Quantities.UnitSpec.NONE);
    }

    private static Amount read(String text, Quantities.UnitSpec fieldUnit) {
        Quantities.Read r = Quantities.read(text, fieldUnit);
        assertTrue(r.ok(), () -> "'" + text + "' did not read: " + r.error());
        assertNull(r.error());
        return r.amount();
    }

    private static String readError(String text) {
        return readError(text, Quantities.UnitSpec.NONE);
    }

    private static String readError(String text, Quantities.UnitSpec fieldUnit) {
        Quantities.Read r = Quantities.read(text, fieldUnit);
        assertFalse(r.ok(), () -> "'" + text + "' should not read, but gave " + r.amount());
        assertNull(r.amount());
        assertNotNull(r.error());
        return r.error();
    }

    private static void assertOne(double value, Amount a) {
        assertFalse(a.range(), "not a range: " + a);
        assertEquals(value, a.low(), Math.abs(value) * 1e-12 + EPS, "low of " + a);
        assertEquals(value, a.high(), Math.abs(value) * 1e-12 + EPS, "high of " + a);
    }

    private static Quantities.Found found(String quote, String text) {
        return Quantities.scan(quote).stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' not found in \"" + quote + "\"; found "
                        + Quantities.scan(quote).stream().map(Quantities.Found::text).toList()));
    }

    private static boolean agree(Amount stated, Amount found, double face) {
        return QuoteNumbers.agree(stated.low(), stated.lowPrecision(), stated, found, face);
    }

    private static boolean agreeWithRead(String stated, String found) {
        Amount s = read(stated);
        Quantities.Read f = Quantities.read(found, Quantities.UnitSpec.NONE);
        assertTrue(f.ok(), () -> "'" + found + "' did not read: " + f.error());
        return agree(s, f.amount(), f.faceLow());
    }

    // ---------------------------------------------------------------- units

    @ParameterizedTest(name = "unit \"{0}\" is {1} {2} per {3}")
    @CsvSource({
            "USD, CURRENCY, USD,",
            "EUR, CURRENCY, EUR,",
            "GBP, CURRENCY, GBP,",
            "NGN, CURRENCY, NGN,",
            "usd, CURRENCY, USD,",
            "$, CURRENCY, $,",
            "€, CURRENCY, EUR,",
            "£, CURRENCY, GBP,",
            "₦, CURRENCY, NGN,",
            "dollars, CURRENCY, $,",
            "euros, CURRENCY, EUR,",
            "pounds, CURRENCY, GBP,",
            "naira, CURRENCY, NGN,",
            "%, PERCENT, ,",
            "percent, PERCENT, ,",
            "per cent, PERCENT, ,",
            "points, POINTS, ,",
            "pp, POINTS, ,",
            "percentage points, POINTS, ,",
            "x, TIMES, ,",
            "times, TIMES, ,",
            "people, COUNT, person,",
            "members, COUNT, member,",
            "USD/year, CURRENCY, USD, year",
            "USD per month, CURRENCY, USD, month",
            "USD a week, CURRENCY, USD, week",
            "USD annually, CURRENCY, USD, year",
            "USD per quarter, CURRENCY, USD, quarter",
            "USD/day, CURRENCY, USD, day",
            "USD per hour, CURRENCY, USD, hour",
            "people a week, COUNT, person, week",
    })
    void unitFieldsNameWhatIsCountedAndPerWhatPeriod(String text, Unit.Dimension dimension, String name, String period) {
        Quantities.UnitSpec spec = unit(text);
        assertEquals(new Unit(dimension, name, period), spec.unit());
        assertEquals(0, spec.scale().compareTo(java.math.BigDecimal.ONE), "no scale in '" + text + "'");
        assertNull(spec.scaleWord());
    }

    @Test
    void anEmptyUnitFieldIsAPlainNumber() {
        assertEquals(Quantities.UnitSpec.NONE, Quantities.unit("", new ArrayList<>()));
        assertEquals(Quantities.UnitSpec.NONE, Quantities.unit(null, new ArrayList<>()));
        assertEquals(Quantities.UnitSpec.NONE, Quantities.unit("   ", new ArrayList<>()));
    }

    @Test
    void aLowerCaseWordThatIsARareCurrencyCodeIsANounNotMoney() {
        // TOP is the Tongan pa'anga; "top" written in lower case is a word.
        assertEquals(Unit.count("top", null), unit("top").unit());
        assertEquals(Unit.currency("TOP", null), unit("TOP").unit());
    }

    @Test
    void aScaleInTheUnitFieldIsKeptApartFromTheUnit() {
        Quantities.UnitSpec spec = unit("USD million");
        assertEquals(Unit.currency("USD", null), spec.unit());
        assertEquals(0, spec.scale().compareTo(java.math.BigDecimal.valueOf(1_000_000)));
        assertEquals("million", spec.scaleWord());

        Quantities.UnitSpec people = unit("million people");
        assertEquals(Unit.count("person", null), people.unit());
        assertEquals(0, people.scale().compareTo(java.math.BigDecimal.valueOf(1_000_000)));
    }

    @Test
    void aUnitFieldGivingTheScaleTwiceIsAnError() {
        assertEquals("'USD million billion' gives a scale twice ('million' and 'billion')",
                unitError("USD million billion"));
    }

    @Test
    void aUnitFieldNamingTwoCurrenciesIsAnError() {
        assertEquals("'USD EUR' names two units (USD and EUR)", unitError("USD EUR"));
    }

    @Test
    void onlyAPeriodCanFollowASlash() {
        assertEquals("'USD/fortnight': only a period (year, quarter, month, week, day, hour) can follow '/'",
                unitError("USD/fortnight"));
    }

    @Test
    void aUnitFieldWithSymbolsItDoesNotKnowIsAnError() {
        String error = unitError("USD #");
        assertTrue(error.startsWith("'USD #': '#' is not a unit the checker reads"), error);
    }

    @Test
    void monthWeekAndQuarterFiguresAreKeptPerYear() {
        Amount monthly = read("2,250", unit("USD/month"));
        assertOne(27_000, monthly);
        assertEquals(Unit.currency("USD", "year"), monthly.unit());
        assertTrue(monthly.converted());
        assertEquals("2,250", monthly.written());

        Amount weekly = read("500", unit("USD a week"));
        assertOne(26_000, weekly);
        assertEquals("year", weekly.unit().period());

        Amount quarterly = read("1,000", unit("USD per quarter"));
        assertOne(4_000, quarterly);
        assertEquals("year", quarterly.unit().period());

        Amount annual = read("27,000", unit("USD annually"));
        assertOne(27_000, annual);
        assertEquals("year", annual.unit().period());
        assertFalse(annual.converted());
    }

    @Test
    void aMonthlyFigureKeepsItsPrecisionPerYear() {
        // "2,250" is to the ten; twelve of them are to the 120.
        Quantities.Read r = Quantities.read("2,250", unit("USD/month"));
        assertEquals(120, r.amount().lowPrecision(), EPS);
        assertEquals(2_250, r.faceLow(), EPS);
    }

    @Test
    void dayAndHourFiguresStayAsTheyAre() {
        Amount daily = read("150", unit("USD/day"));
        assertOne(150, daily);
        assertEquals(Unit.currency("USD", "day"), daily.unit());
        assertFalse(daily.converted());

        Amount hourly = read("20", unit("USD per hour"));
        assertOne(20, hourly);
        assertEquals(Unit.currency("USD", "hour"), hourly.unit());
    }

    @Test
    void aPeriodWrittenWithTheNumberConvertsToo() {
        Amount a = read("$2,250 a month");
        assertOne(27_000, a);
        assertEquals(Unit.currency("$", "year"), a.unit());
    }

    @Test
    void moneyDoesNotCompareWithPeople() {
        assertFalse(unit("USD").unit().comparableWith(unit("people").unit()));
    }

    @Test
    void percentDoesNotCompareWithMoney() {
        assertFalse(unit("percent").unit().comparableWith(unit("USD").unit()));
    }

    @Test
    void aDollarSignComparesWithUsDollars() {
        assertTrue(unit("$").unit().comparableWith(unit("USD").unit()));
        assertTrue(unit("USD").unit().comparableWith(unit("$").unit()));
    }

    @Test
    void euroDoesNotCompareWithPounds() {
        assertFalse(unit("EUR").unit().comparableWith(unit("GBP").unit()));
    }

    @Test
    void aPlainNumberComparesWithAnything() {
        for (String u : List.of("USD", "$", "percent", "points", "times", "people", "EUR")) {
            assertTrue(Unit.NONE.comparableWith(unit(u).unit()), u);
            assertTrue(unit(u).unit().comparableWith(Unit.NONE), u);
        }
    }

    // ---------------------------------------------------------------- scale words

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "27 thousand, 27000",
            "27k, 27000",
            "27K, 27000",
            "3 million, 3e6",
            "3m, 3e6",
            "3M, 3e6",
            "4 m, 4e6",
            "3mn, 3e6",
            "3 mn, 3e6",
            "2 billion, 2e9",
            "2bn, 2e9",
            "2 bn, 2e9",
            "1.5 trillion, 1.5e12",
            "1tn, 1e12",
            "3.5 tn, 3.5e12",
    })
    void scaleWordsMultiplyTheNumber(String text, double value) {
        Amount a = read(text);
        assertOne(value, a);
        assertTrue(a.converted(), text);
        assertEquals(text, a.written());
    }

    @Test
    void aScaleInTheUnitFieldMultipliesTheNumber() {
        Amount a = read("39,321", unit("USD million"));
        assertOne(39_321_000_000.0, a);
        assertEquals(1_000_000, a.lowPrecision(), EPS);
        assertEquals(Unit.currency("USD", null), a.unit());
        assertTrue(a.converted());
    }

    @Test
    void theSameScaleInTheNumberAndTheUnitFieldIsNotAppliedTwice() {
        assertOne(3_000_000, read("3 million", unit("USD million")));
    }

    @Test
    void aDifferentScaleInTheNumberAndTheUnitFieldIsAnError() {
        assertEquals("'3 billion' is in billions, but 'unit' says millions; give the scale once",
                readError("3 billion", unit("USD million")));
    }

    @Test
    void aScaleGivenTwiceInTheNumberIsAnError() {
        assertEquals("'27k thousand' gives a scale twice", readError("27k thousand"));
    }

    // ---------------------------------------------------------------- stated forms

    @Test
    void moneyWithAScaleWordReadsInPlainUnitsWithThePrecisionWritten() {
        Amount a = read("$39.3 billion");
        assertOne(3.93e10, a);
        assertEquals(1e8, a.lowPrecision(), 1e-3);
        assertEquals(1e8, a.highPrecision(), 1e-3);
        assertEquals(Unit.currency("$", null), a.unit());
        assertEquals("$39.3 billion", a.written());
        assertEquals(0, a.looseness(), EPS);
        assertFalse(a.implicitPrecision());
        assertNull(a.sense());
        assertNull(a.implied());
        assertTrue(a.numeric());
    }

    @Test
    void aWholeNumberWithAScaleWordIsRoundedToItsLastDigit() {
        // "$2 billion" is to the billion and "200 million" to the hundred million, capped by the rules.
        Amount a = read("$2 billion");
        assertOne(2e9, a);
        assertEquals(1e9, a.lowPrecision(), EPS);
        assertTrue(a.implicitPrecision());
        assertEquals(1e8, read("200 million").lowPrecision(), EPS);
        assertEquals(1e8, read("$39.3 billion").lowPrecision(), 1);
        assertFalse(read("$39.3 billion").implicitPrecision());
    }

    @Test
    void anAttachedXIsAMultiple() {
        Amount a = read("33x");
        assertOne(33, a);
        assertEquals(Unit.TIMES, a.unit());
        assertTrue(a.implicitPrecision());
    }

    @Test
    void aPercentSignIsAPercentage() {
        Amount a = read("87%");
        assertOne(87, a);
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals(1, a.lowPrecision(), EPS);
        assertEquals(0, a.looseness(), EPS);
    }

    @Test
    void perCentInWordsIsAPercentage() {
        Amount a = read("87 per cent");
        assertOne(87, a);
        assertEquals(Unit.PERCENT, a.unit());
    }

    @Test
    void pointsArePercentagePoints() {
        Amount a = read("3 points");
        assertOne(3, a);
        assertEquals(Unit.POINTS, a.unit());
        assertEquals(Unit.POINTS, read("3 percentage points").unit());
        assertEquals(Unit.POINTS, read("3pp").unit());
    }

    @Test
    void aCountOfPeopleIsACountOfPersons() {
        Amount a = read("27,000 people");
        assertOne(27_000, a);
        assertEquals(Unit.count("person", null), a.unit());
    }

    @Test
    void aCurrencyCodeBeforeTheNumberIsTheCurrency() {
        Amount a = read("NGN 5,000");
        assertOne(5_000, a);
        assertEquals(Unit.currency("NGN", null), a.unit());
        assertEquals(Unit.currency("EUR", null), read("€40").unit());
        assertEquals(Unit.currency("GBP", null), read("£40").unit());
        assertEquals(Unit.currency("NGN", null), read("₦40").unit());
        assertEquals(Unit.currency("EUR", null), read("40 euros").unit());
        assertEquals(Unit.currency("NGN", null), read("40 naira").unit());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}%")
    @CsvSource({
            "a third, 33.333333333333333",
            "half, 50",
            "a quarter, 25",
            "two thirds, 66.666666666666667",
            "three quarters, 75",
            "one in five, 20",
            "nine out of ten, 90",
    })
    void fractionWordsAreLoosePercentages(String text, double percent) {
        Amount a = read(text);
        assertOne(percent, a);
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals(0.05, a.looseness(), EPS);
        assertEquals(0, a.lowPrecision(), EPS);
        assertFalse(a.implicitPrecision());
        assertNull(a.implied());
        assertEquals(text, a.written());
    }

    @ParameterizedTest(name = "\"{0}\" is {1} times")
    @CsvSource({
            "twice, 2",
            "doubled, 2",
            "tripled, 3",
            "quadrupled, 4",
            "halved, 0.5",
            "three times, 3",
            "tenfold, 10",
    })
    void multipleWordsAreLooseMultiples(String text, double times) {
        Amount a = read(text);
        assertOne(times, a);
        assertEquals(Unit.TIMES, a.unit());
        assertEquals(0.05, a.looseness(), EPS);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "forty, 40",
            "forty-two, 42",
            "one hundred and twenty, 120",
            "twelve, 12",
            "a dozen, 12",
            "two hundred, 200",
    })
    void cardinalWordsReadExactlyLikeTheirDigits(String text, double value) {
        Amount a = read(text);
        assertOne(value, a);
        assertEquals(Unit.NONE, a.unit());
        // NumberWords: cardinal words are read exactly like the digits they spell.
        assertEquals(0, a.looseness(), EPS);
        assertEquals(1, a.lowPrecision(), EPS);
        assertTrue(a.implicitPrecision());
    }

    @Test
    void aCardinalWordTakesAUnit() {
        Amount a = read("forty people");
        assertOne(40, a);
        assertEquals(Unit.count("person", null), a.unit());
    }

    @Test
    void aMajorityIsOverHalf() {
        Amount a = read("a majority");
        assertOne(50, a);
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals("over", a.implied());
        assertEquals(0, a.lowPrecision(), EPS);
        assertFalse(a.implicitPrecision());
    }

    @Test
    void aMinorityIsUnderHalf() {
        Amount a = read("a minority");
        assertOne(50, a);
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals("under", a.implied());
    }

    @Test
    void aRangeGivenAsTwoItemsKeepsEachEndsPrecision() {
        Quantities.Read r = Quantities.range("390,000", "900,000", Quantities.UnitSpec.NONE, "[390,000, 900,000]");
        assertTrue(r.ok(), r.error());
        Amount a = r.amount();
        assertTrue(a.range());
        assertEquals(390_000, a.low(), EPS);
        assertEquals(900_000, a.high(), EPS);
        assertEquals(10_000, a.lowPrecision(), EPS);
        assertEquals(10_000, a.highPrecision(), EPS);
        assertEquals("[390,000, 900,000]", a.written());
        assertEquals(Unit.NONE, a.unit());
        assertFalse(a.implicitPrecision());
    }

    @Test
    void aRangeGivenAsTwoItemsTakesTheFieldUnit() {
        Quantities.Read r = Quantities.range("390,000", "900,000", unit("USD"), "[390,000, 900,000]");
        assertTrue(r.ok(), r.error());
        assertEquals(Unit.currency("USD", null), r.amount().unit());
    }

    @Test
    void aRangeWithItsEndsReversedIsAnError() {
        Quantities.Read r = Quantities.range("900,000", "390,000", Quantities.UnitSpec.NONE, "[900,000, 390,000]");
        assertFalse(r.ok());
        assertEquals("the low end 900,000 is above the high end 390,000; write [low, high]", r.error());
    }

    @Test
    void aRangeWithAnUnreadableEndSaysWhichEnd() {
        Quantities.Read r = Quantities.range("390,000", "lots", Quantities.UnitSpec.NONE, "[390,000, lots]");
        assertFalse(r.ok());
        assertTrue(r.error().startsWith("the high end: 'lots' is not a number the checker reads; "), r.error());
    }

    @Test
    void aDashBetweenTwoSumsIsARange() {
        Amount a = read("$390,000 - $900,000");
        assertTrue(a.range());
        assertEquals(390_000, a.low(), EPS);
        assertEquals(900_000, a.high(), EPS);
        assertEquals(Unit.currency("$", null), a.unit());
        assertEquals("$390,000 - $900,000", a.written());
    }

    @Test
    void anEnDashBetweenTwoSumsIsARange() {
        Amount a = read("$390,000 – $900,000");
        assertTrue(a.range());
        assertEquals(390_000, a.low(), EPS);
        assertEquals(900_000, a.high(), EPS);
    }

    @Test
    void betweenOneAndAnotherIsARange() {
        Amount a = read("between 20% and 30%");
        assertTrue(a.range());
        assertEquals(20, a.low(), EPS);
        assertEquals(30, a.high(), EPS);
        assertEquals(Unit.PERCENT, a.unit());
    }

    @Test
    void theLowEndOfARangeTakesTheHighEndsScale() {
        // "$1-2 billion" is one to two billion dollars, not one dollar to two billion.
        Amount a = read("$1-2 billion");
        assertTrue(a.range());
        assertEquals(1e9, a.low(), EPS);
        assertEquals(2e9, a.high(), EPS);
        assertEquals(Unit.currency("$", null), a.unit());
    }

    @Test
    void theLowEndOfAWordedRangeTakesTheHighEndsScale() {
        // "20 to 30 million people" is 20 million to 30 million.
        Amount a = read("20 to 30 million people");
        assertTrue(a.range());
        assertEquals(20e6, a.low(), EPS);
        assertEquals(30e6, a.high(), EPS);
        assertEquals(Unit.count("person", null), a.unit());
    }

    @Test
    void theLowEndOfARangeTakesTheHighEndsPercentSign() {
        Amount a = read("20 to 30%");
        assertTrue(a.range());
        assertEquals(20, a.low(), EPS);
        assertEquals(30, a.high(), EPS);
        assertEquals(Unit.PERCENT, a.unit());
    }

    @ParameterizedTest(name = "\"{0}\" is 27000")
    @CsvSource(delimiter = '|', value = {
            // Rounding zeros are written precision, whether written as digits or with a scale word.
            "27,000|false",
            "27_000|false",
            "27000|false",
            "27K|true",
            "27 thousand|true",
    })
    void twentySevenThousandInEveryFormIs27000(String text, boolean implicit) {
        Amount a = read(text);
        assertOne(27_000, a);
        assertEquals(1_000, a.lowPrecision(), EPS);
        assertEquals(implicit, a.implicitPrecision());
        assertEquals(0, a.looseness(), EPS);
        assertEquals(Unit.NONE, a.unit());
    }

    @Test
    void aWholeNumberWithoutRoundingZerosHasAnImpliedPrecisionOfOne() {
        Amount a = read("33");
        assertOne(33, a);
        assertEquals(1, a.lowPrecision(), EPS);
        assertTrue(a.implicitPrecision());
        assertFalse(a.converted());
    }

    @Test
    void aDecimalIsAsPreciseAsItsLastDigit() {
        Amount a = read("4.93");
        assertOne(4.93, a);
        assertEquals(0.01, a.lowPrecision(), EPS);
        assertFalse(a.implicitPrecision());
        assertEquals(0.1, read("4.8").lowPrecision(), EPS);
        assertEquals(0.01, read("4.80").lowPrecision(), EPS);
    }

    @Test
    void bigRoundNumbersKeepTwoSignificantDigits() {
        assertEquals(10_000, read("900,000").lowPrecision(), EPS);
        assertEquals(1, read("100").lowPrecision(), EPS);
        assertEquals(1, read("26,471").lowPrecision(), EPS);
    }

    // ---------------------------------------------------------------- signs and senses

    @Test
    void aLossOfAnAmountIsNegativeWithSenseLoss() {
        Amount a = read("a loss of $3 billion");
        assertOne(-3e9, a);
        assertEquals("loss", a.sense());
        assertTrue(a.bySize());
        assertEquals(Unit.currency("$", null), a.unit());
        assertEquals("a loss of $3 billion", a.written());
    }

    @Test
    void fellIsAFall() {
        Amount a = read("fell 4.8%");
        assertOne(-4.8, a);
        assertEquals("fall", a.sense());
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals(0.1, a.lowPrecision(), EPS);
    }

    @Test
    void droppedByIsAFall() {
        Amount a = read("dropped by 10%");
        assertOne(-10, a);
        assertEquals("fall", a.sense());
        assertEquals(Unit.PERCENT, a.unit());
    }

    @Test
    void lostIsALoss() {
        Amount a = read("lost $2 million");
        assertOne(-2e6, a);
        assertEquals("loss", a.sense());
    }

    @Test
    void narrowedByHalfIsAFallOfFiftyPercent() {
        Amount a = read("narrowed by half");
        assertOne(-50, a);
        assertEquals("fall", a.sense());
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals(0.05, a.looseness(), EPS);
    }

    @Test
    void aMinusSignIsNegativeWithoutASense() {
        Amount a = read("-4.8%");
        assertOne(-4.8, a);
        assertNull(a.sense());
        assertFalse(a.bySize());
        assertEquals(Unit.PERCENT, a.unit());
        assertEquals(0.1, a.lowPrecision(), EPS);
    }

    @Test
    void aUnicodeMinusSignIsAMinusSign() {
        assertOne(-4.8, read("\u22124.8%"));
    }

    @Test
    void minusInWordsIsNegative() {
        Amount a = read("minus 5");
        assertOne(-5, a);
        assertNull(a.sense());
    }

    @Test
    void roseIsAPlainPositiveChange() {
        Amount a = read("rose 3 points");
        assertOne(3, a);
        assertNull(a.sense());
        assertEquals(Unit.POINTS, a.unit());
        assertEquals("rose 3 points", a.written());
    }

    @Test
    void aLossWithAMinusSignIsAnError() {
        assertEquals("'-$3 billion' says 'loss' and has a minus sign; give the size of the loss only",
                readError("a loss of -$3 billion"));
    }

    // ---------------------------------------------------------------- separators

    @Test
    void aDotBeforeThreeZerosIsAmbiguousAndTheErrorSaysHowToWriteIt() {
        assertEquals("'52.000' is ambiguous: a dot between groups of three digits may be a thousands separator;"
                + " write 52000 (or 52,000) for the whole number, or drop the trailing zeros for a decimal",
                readError("52.000"));
    }

    @Test
    void aDecimalCommaIsAmbiguousAndTheErrorSaysHowToWriteIt() {
        assertEquals("'1,5' is ambiguous: a comma that is not followed by groups of three digits may be a decimal"
                + " comma; write 1.5 for a decimal, or group thousands as 1,234,567", readError("1,5"));
    }

    @Test
    void dotsBetweenGroupsOfThreeAreAmbiguousAndTheErrorSaysHowToWriteIt() {
        assertEquals("'1.234.567' is ambiguous: a dot between groups of three digits may be a thousands separator;"
                + " write 1234567 (or 1,234,567) for the whole number, or drop the trailing zeros for a decimal",
                readError("1.234.567"));
    }

    @Test
    void indianGroupingReadsAsTheWholeNumber() {
        assertOne(123_456, read("1,23,456"));
        assertOne(12_345_678, read("1,23,45,678"));
    }

    @Test
    void thousandsGroupedWithCommasReadAsTheWholeNumber() {
        assertOne(1_234_567, read("1,234,567"));
        assertOne(1_234_567.89, read("1,234,567.89"));
    }

    @Test
    void wordsThatAreNotANumberAreAnError() {
        assertEquals("'lots' is not a number the checker reads; write it as the article does ('$39.3 billion',"
                + " '87%', '33x', 'a third', 'fell 4.8%'), with words like 'over' or 'nearly' in 'qualifier'",
                readError("lots"));
        assertEquals("'over 33x': put 'over' in 'qualifier', and the number alone in 'stated': 'stated: 33x'",
                readError("over 33x"));
        assertEquals("'nearly half': put 'nearly' in 'qualifier', and the number alone in 'stated': 'stated: half'",
                readError("nearly half"));
        assertEquals("is empty", readError("   "));
    }

    // ---------------------------------------------------------------- unit conflicts

    @Test
    void moneyStatedWhereTheUnitSaysPeopleIsAnError() {
        assertEquals("'$39.3 billion' is dollars, but 'unit' says people",
                readError("$39.3 billion", unit("people")));
    }

    @Test
    void aPercentageStatedWhereTheUnitSaysPercentIsFine() {
        Amount a = read("87%", unit("percent"));
        assertOne(87, a);
        assertEquals(Unit.PERCENT, a.unit());
    }

    @Test
    void aPlainNumberTakesTheFieldUnit() {
        assertEquals(Unit.count("person", null), read("27,000", unit("people")).unit());
        assertEquals(Unit.currency("USD", null), read("$27,000", unit("USD")).unit());
    }

    @Test
    void aPercentageWhereTheUnitSaysUsDollarsIsAnError() {
        assertEquals("'87%' is percent, but 'unit' says USD", readError("87%", unit("USD")));
    }

    @Test
    void aPeriodDifferentFromTheFieldPeriodIsAnError() {
        assertEquals("'$2,250 a month' is dollars per month, but 'unit' says USD per day",
                readError("$2,250 a month", unit("USD/day")));
    }

    // ---------------------------------------------------------------- scan

    @Test
    void scanFindsTheNumberAtItsLongestReading() {
        List<Quantities.Found> found = Quantities.scan("revenue was $39.3 billion last year");
        assertEquals(1, found.size(), found.toString());
        Quantities.Found f = found.get(0);
        assertEquals("$39.3 billion", f.text());
        assertEquals(12, f.start());
        assertEquals(25, f.end());
        assertEquals(3.93e10, f.amount().low(), 1e-3);
        assertEquals(3.93e10, f.face(), 1e-3);
        assertEquals(Unit.currency("$", null), f.amount().unit());
    }

    @Test
    void scanFindsBothEndsOfARange() {
        List<Quantities.Found> found = Quantities.scan("between $390,000 – $900,000");
        assertEquals(List.of("$390,000", "$900,000"), found.stream().map(Quantities.Found::text).toList());
        assertEquals(390_000, found.get(0).amount().low(), EPS);
        assertEquals(900_000, found.get(1).amount().low(), EPS);
    }

    @Test
    void scanFindsAPercentageAndASumInAQuote() {
        String quote = "87% of actors don't even make the $27,000 annually";
        List<Quantities.Found> found = Quantities.scan(quote);
        assertEquals(2, found.size(), found.toString());
        assertEquals(87, found.get(0).amount().low(), EPS);
        assertEquals(Unit.PERCENT, found.get(0).amount().unit());
        assertEquals(0, found.get(0).start());
        assertEquals(27_000, found.get(1).amount().low(), EPS);
        assertEquals(Unit.currency("$", "year"), found.get(1).amount().unit());
        assertEquals(quote.indexOf("$27,000"), found.get(1).start());
        assertEquals("$27,000 annually", found.get(1).text());
    }

    @Test
    void aFoundPercentageEndsAtItsNumberNotAtTheWordsAfterIt() {
        // The number in "87% of actors don't even make..." is "87%"; its span is
        // what a claim's written form is cut from, so it must not run on into "don't even make".
        Quantities.Found f = Quantities.scan("87% of actors don't even make the $27,000 annually").get(0);
        assertEquals("87%", f.text());
        assertEquals(3, f.end());
    }

    @Test
    void scanFindsMultipleAndFractionWords() {
        List<Quantities.Found> found = Quantities.scan("Sales doubled, and exports grew by a third.");
        assertEquals(List.of("doubled", "a third"), found.stream().map(Quantities.Found::text).toList());
        assertEquals(2, found.get(0).amount().low(), EPS);
        assertEquals(Unit.TIMES, found.get(0).amount().unit());
        assertEquals(100.0 / 3, found.get(1).amount().low(), 1e-9);
        assertEquals(Unit.PERCENT, found.get(1).amount().unit());
        assertEquals(0.05, found.get(1).amount().looseness(), EPS);
    }

    @Test
    void scanDoesNotSwallowANumberAfterAnother() {
        // "2023 and profit doubled" is not 2023 of a thing called "and profit doubled".
        List<Quantities.Found> found = Quantities.scan("Sales rose 4.8% in 2023 and profit doubled.");
        assertEquals(List.of("4.8%", "2023", "doubled"), found.stream().map(Quantities.Found::text).toList());
        assertEquals(Unit.NONE, found.get(1).amount().unit());
        assertEquals(Unit.TIMES, found.get(2).amount().unit());
    }

    @Test
    void scanMarksADropAsAFallFromTheVerb() {
        String quote = "Sales dropped 4.8%.";
        List<Quantities.Found> found = Quantities.scan(quote);
        assertEquals(1, found.size(), found.toString());
        Quantities.Found f = found.get(0);
        assertEquals("4.8%", f.text());
        assertEquals(-4.8, f.amount().low(), EPS);
        assertEquals(-4.8, f.face(), EPS);
        assertEquals("fall", f.amount().sense());
        assertEquals(quote.indexOf("4.8%"), f.start());
        assertEquals(quote.indexOf("4.8%") + 4, f.end());
    }

    @Test
    void scanMarksALossOfASumAsAFall() {
        String quote = "The firm reported a loss of $2 billion.";
        Quantities.Found f = found(quote, "$2 billion");
        assertEquals(-2e9, f.amount().low(), EPS);
        assertEquals("loss", f.amount().sense());
    }

    @Test
    void scanOfAQuoteWithNoNumbersFindsNothing() {
        assertEquals(List.of(), Quantities.scan("Nobody knows how many actors there are."));
    }

    // ---------------------------------------------------------------- agree

    @Test
    void aStatedNumberAgreesWithTheSameNumberWrittenAsMoney() {
        Amount stated = read("27000");
        assertTrue(agree(stated, found("they make $27,000.", "$27,000").amount(), 27_000));
        assertTrue(agreeWithRead("27000", "$27,000"));
    }

    @Test
    void aStatedNumberAgreesWithTheSameNumberWrittenWithK() {
        assertTrue(agreeWithRead("27000", "27K"));
        assertTrue(agreeWithRead("27,000", "27K"));
    }

    @Test
    void aStatedNumberAgreesWithTheSameNumberWrittenWithThousand() {
        assertTrue(agreeWithRead("27000", "27 thousand"));
        Quantities.Found f = found("about 27 thousand.", "27 thousand");
        assertTrue(agree(read("27,000"), f.amount(), f.face()));
    }

    @Test
    void aStatedThirdAgreesWithAWholePercentage() {
        Quantities.Found f = found("Turnout was 33%.", "33%");
        assertTrue(agree(read("a third"), f.amount(), f.face()));
        assertTrue(agreeWithRead("a third", "33%"));
    }

    @Test
    void aStatedThirdAgreesWithAPercentageToOneDecimal() {
        assertTrue(agreeWithRead("a third", "33.3%"));
    }

    @Test
    void aStatedThirdDoesNotAgreeWithAQuarter() {
        assertFalse(agreeWithRead("a third", "25%"));
    }

    @Test
    void aStatedNumberDoesNotAgreeWithADifferentSum() {
        assertFalse(agreeWithRead("50000", "$60,000"));
        Quantities.Found f = found("they make $60,000.", "$60,000");
        assertFalse(agree(read("50000"), f.amount(), f.face()));
    }

    @Test
    void aStatedDoublingAgreesWithAHundredPercentRise() {
        Quantities.Found f = found("Revenue grew +100%.", "+100%");
        assertEquals(100, f.amount().low(), EPS);
        assertTrue(agree(read("doubled"), f.amount(), f.face()));
        assertTrue(agreeWithRead("doubled", "100%"));
    }

    @Test
    void aStatedHundredPercentAgreesWithAFoundDoubling() {
        Quantities.Found f = found("Revenue doubled.", "doubled");
        assertTrue(agree(read("100%"), f.amount(), f.face()));
    }

    @Test
    void aStatedShareIsNotAHalving() {
        // "Profits halved" stated as 50% would be judged as a rise of 50%: the units must agree.
        Quantities.Found f = found("The deficit halved.", "halved");
        assertFalse(agree(read("half"), f.amount(), f.face()));
        assertFalse(agree(read("50%"), f.amount(), f.face()));
        assertTrue(agree(read("-50%"), f.amount(), f.face()));
        assertTrue(agree(read("halved"), f.amount(), f.face()));
    }

    @Test
    void percentagesAndPointsDoNotAgree() {
        Quantities.Found f = found("Support rose 3 points to 39%", "3 points");
        assertFalse(agree(read("3%"), f.amount(), f.face()));
        assertTrue(agree(read("3 points"), f.amount(), f.face()));
        assertTrue(agree(read("3"), f.amount(), f.face()), "a plain number takes the quote's unit");
    }

    @Test
    void aStatedFallAgreesWithTheFallInTheQuote() {
        Quantities.Found f = found("Sales dropped 4.8%.", "4.8%");
        assertTrue(agree(read("fell 4.8%"), f.amount(), f.face()));
        assertTrue(agree(read("-4.8%"), f.amount(), f.face()));
    }

    @Test
    void aStatedScaledFigureAgreesWithTheQuoteWritingItWithTheScaleWord() {
        Quantities.Found f = found("revenue was $39,321 million", "$39,321 million");
        assertTrue(agree(read("39,321", unit("USD million")), f.amount(), f.face()));
    }

    @Test
    void aStatedMonthlyFigureAgreesWithTheQuoteGivingItAMonth() {
        Quantities.Found f = found("She earns $2,250 a month.", "$2,250 a month");
        assertTrue(agree(read("2,250", unit("USD/month")), f.amount(), f.face()));
    }

    @Test
    void aStatedMonthlyFigureAgreesWithTheSameSumInAQuoteThatSaysMonthlyElsewhere() {
        // The claim says 2,250 a month (kept as 27,000 a year); the quote writes the sum as $2,250. The
        // loader compares the stated number as written too, before the unit field's period applies.
        Quantities.Found f = found("Her monthly rent is $2,250.", "$2,250");
        Amount stated = read("2,250", unit("USD/month"));
        assertFalse(QuoteNumbers.agree(stated.low(), stated.lowPrecision(), stated, f.amount(), f.face()));
        Amount asWritten = read("2,250", Quantities.UnitSpec.NONE);
        assertTrue(QuoteNumbers.agree(asWritten.low(), asWritten.lowPrecision(), asWritten, f.amount(), f.face()));
    }

    // ---------------------------------------------------------------- forKind

    @Test
    void aShareStatesThePercentageInItsQuote() {
        Quantities.Found f = QuoteNumbers.forKind(Quantities.scan("87% of actors don't even make the $27,000"), "share");
        assertNotNull(f);
        assertEquals(87, f.amount().low(), EPS);
        assertEquals(Unit.PERCENT, f.amount().unit());
        assertEquals(0, f.start());
    }

    @Test
    void aChangeStatesThePercentageInItsQuote() {
        String quote = "Revenue dropped 4.8%, leaving $27,000 in the bank.";
        Quantities.Found f = QuoteNumbers.forKind(Quantities.scan(quote), "change");
        assertNotNull(f);
        assertEquals("4.8%", f.text());
        assertEquals(-4.8, f.amount().low(), EPS);
    }

    @Test
    void aChangeStatesAMultipleInItsQuote() {
        Quantities.Found f = QuoteNumbers.forKind(Quantities.scan("Since 2019 the fee has tripled."), "change");
        assertNotNull(f);
        assertEquals("tripled", f.text());
        assertEquals(3, f.amount().low(), EPS);
    }

    @Test
    void aShareWithTwoPercentagesInItsQuoteStatesNeither() {
        assertNull(QuoteNumbers.forKind(Quantities.scan("Turnout rose from 40% to 55%."), "share"));
    }

    @Test
    void aShareWithNoPercentageInItsQuoteStatesNothing() {
        assertNull(QuoteNumbers.forKind(Quantities.scan("They make $27,000."), "share"));
    }

    @Test
    void aRatioStatesTheMultipleInItsQuote() {
        Quantities.Found f = QuoteNumbers.forKind(Quantities.scan("CEOs earn 33x what 40% of workers do."), "ratio");
        assertNotNull(f);
        assertEquals(33, f.amount().low(), EPS);
        assertEquals(Unit.TIMES, f.amount().unit());
    }

    @Test
    void anyOtherKindStatesTheOnlyNumberInItsQuote() {
        Quantities.Found f = QuoteNumbers.forKind(Quantities.scan("They make $27,000."), "value");
        assertNotNull(f);
        assertEquals(27_000, f.amount().low(), EPS);
        assertNull(QuoteNumbers.forKind(Quantities.scan("They make $27,000 and $30,000."), "value"));
    }

    @Test
    void everyFormTheReadmeSaysStatedAcceptsIsRead() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String table = readme.substring(readme.indexOf("### What `stated` accepts"), readme.indexOf("### Units and scale"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| (.+?) \\| .+ \\|$").matcher(table);
        int forms = 0;
        while (row.find()) {
            java.util.regex.Matcher form = java.util.regex.Pattern.compile("`([^`]+)`").matcher(row.group(1));
            while (form.find()) {
                String text = form.group(1);
                Quantities.Read r = text.startsWith("[")
                        ? Quantities.range(text.substring(1, text.indexOf(", ")), text.substring(text.indexOf(", ") + 2,
                        text.length() - 1), Quantities.UnitSpec.NONE, text)
                        : Quantities.read(text, Quantities.UnitSpec.NONE);
                assertTrue(r.ok(), () -> "the README says stated accepts '" + text + "', but: " + r.error());
                forms++;
            }
        }
        assertTrue(forms > 50, "found only " + forms + " forms in the README's table");
    }

    @Test
    void aVeryLongNumberIsAnErrorNotACrash() {
        String digits = "1_".repeat(5000) + "1";
        assertFalse(Quantities.read(digits, Quantities.UnitSpec.NONE).ok());
        assertEquals(List.of(), Quantities.scan("x " + digits + " y"));
        assertTrue(Quantities.scan("1" + ")".repeat(20000) + " x").size() <= 1, "trailing punctuation in linear time");
    }
}
