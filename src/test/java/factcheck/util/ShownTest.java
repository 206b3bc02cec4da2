package factcheck.util;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** User text made safe to show: one escape notation, ordinary text untouched. */
class ShownTest {

    @Test
    void terminalEscapesControlsLineBreaksC1AndBidiOverrides() {
        assertEquals("a\\u001B[2Jb\\u0008c\\rd\\ne\\tf\\u007Fg\\u009Bh\\u202Ei\\u2066j\\u2028k",
                Shown.terminal("a\u001b[2Jb\bc\rd\ne\tf\u007fg\u009bh\u202ei\u2066j\u2028k"));
    }

    @Test
    void terminalLeavesOrdinaryTextAndRightToLeftMarksAsTheyAre() {
        String ordinary = "Netflix pays $900,000 — 33× “the minimum”; שלום \u200f ok";
        assertSame(ordinary, Shown.terminal(ordinary));
        assertNull(Shown.terminal(null));
    }

    @Test
    void shortenCutsLongTextWithAnEllipsisAndItsLength() {
        assertEquals("abc", Shown.shorten("abc", 3));
        assertEquals("ab… (2,000 characters)", Shown.shorten("ab" + "x".repeat(1998), 2));
        // A character outside the BMP is not cut in half.
        assertEquals("a… (5 characters)", Shown.shorten("a\ud83d\ude00bc", 2));
    }

    @Test
    void webAddressKeepsOnlyAbsoluteHttpAddressesWithAHost() {
        assertEquals("https://example.org/a?b=c#d", Shown.webAddress(" https://example.org/a?b=c#d "));
        assertEquals("HTTP://example.org", Shown.webAddress("HTTP://example.org"));
        for (String bad : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//example.org",
                "/relative", "https://", "https:///path", "http:\\\\example.org", "vbscript:x", "", null}) {
            assertNull(Shown.webAddress(bad), bad);
        }
    }

    @Test
    void webAddressPercentEncodesWhatCouldEndALinkOrAnAttribute() {
        assertEquals("https://example.org/?q=%22%3E%3Cscript%3E%20%60x%60%7C%E2%80%AE",
                Shown.webAddress("https://example.org/?q=\"><script> `x`|\u202e"));
    }
}
