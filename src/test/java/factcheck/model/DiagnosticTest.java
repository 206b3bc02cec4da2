package factcheck.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Diagnostics echo user text; a terminal shows it escaped and the caret stays under its column. */
class DiagnosticTest {

    @Test
    void theMessageAndFileNameShowControlsAsEscapes() {
        Diagnostic d = new Diagnostic("claims/a\u001b[2J.yaml", 4, 0,
                "claim 'x\u001b]0;pwned\u0007\r\nerror: fake': unknown figure 'y\u202e'");
        assertEquals("claims/a\\u001B[2J.yaml:4: error: claim 'x\\u001B]0;pwned\\u0007\\r\\nerror: fake':"
                + " unknown figure 'y\\u202E'", d.headline());
        assertEquals(d.headline(), d.format());
    }

    @Test
    void theSourceLineShowsControlsAsEscapesWithTheCaretUnderItsColumn() {
        Diagnostic d = new Diagnostic("a.yaml", 3, 12, "unknown figure", "\tid: \u001b[2Jx zz");
        assertEquals("a.yaml:3:12: error: unknown figure\n"
                + "\tid: \\u001B[2Jx zz\n"
                // The caret under 'z': after the tab, "id: " (4), the escape (6), "[2Jx " (5).
                + "\t" + " ".repeat(4 + 6 + 5) + "^", d.format());
    }

    @Test
    void ordinaryTextIsShownExactlyAsBefore() {
        Diagnostic d = new Diagnostic("rules/ratio.drl", 12, 5, "'$x' is not bound", "    $x : Claim()");
        assertEquals("rules/ratio.drl:12:5: error: '$x' is not bound\n    $x : Claim()\n    ^", d.format());
    }
}
