package factcheck.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CSV fields as RFC 4180 writes them, with a spreadsheet's formulas kept from running. */
class CsvFieldTest {

    @Test
    void aPlainFieldIsWrittenAsItIs() {
        assertEquals("over 33x the minimum", CsvReport.field("over 33x the minimum"));
    }

    @Test
    void aFieldWithACommaAQuoteOrALineBreakIsQuotedWithItsQuotesDoubled() {
        assertEquals("\"$390,000\"", CsvReport.field("$390,000"));
        assertEquals("\"paying \"\"completely out of pocket\"\"\"", CsvReport.field("paying \"completely out of pocket\""));
        assertEquals("\"two\nlines\"", CsvReport.field("two\nlines"));
        assertEquals("\"a\rb\"", CsvReport.field("a\rb"));
    }

    @Test
    void aFieldAFormulaWouldStartWithIsWrittenAfterASingleQuote() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvReport.field("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", CsvReport.field("+1"));
        assertEquals("'-2% a year", CsvReport.field("-2% a year"));
        assertEquals("'@SUM(A1)", CsvReport.field("@SUM(A1)"));
        assertEquals("'\tx", CsvReport.field("\tx"));
        assertEquals("\"'\rx\"", CsvReport.field("\rx"));
        assertEquals("\"'=1,2\"", CsvReport.field("=1,2"));
        assertEquals("a=b", CsvReport.field("a=b"), "only at the start");
    }

    @Test
    void aRowEndsWithCrLfAndAnEmptyFieldIsEmpty() {
        assertEquals("a,,\"b,c\"\r\n", CsvReport.row(List.of("a", "", "b,c")));
    }

    @Test
    void terminalControlCharactersAreDataAndKept() {
        assertEquals("\u001B[31mred", CsvReport.field("\u001B[31mred"));
    }
}
