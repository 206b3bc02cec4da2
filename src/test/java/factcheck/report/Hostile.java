package factcheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A claims file whose text tries to obey rather than be shown: terminal escape sequences, C1
 * controls, line breaks in one-line fields, bidi overrides, table pipes, markup that would close
 * a script element, and addresses that are not http(s).
 */
public final class Hostile {
    private Hostile() {
    }

    public static final String ESC = "\u001b";
    public static final String RLO = "\u202e";

    /**
     * The claim id: a table pipe and a right-to-left override (control characters, which the
     * claims reader refuses in an id, are in the quote and the other fields).
     */
    public static final String ID = "pipe|id" + RLO + "x";
    public static final String QUOTE =
            "It costs 100 dollars " + RLO + "reversed" + ESC + "]0;title\u0007 \u009b31m</script><!--";
    public static final String TITLE = "Title </script><script>alert('title')</script>\u2028" + RLO + "evil";
    public static final String SOURCE = "Source </script> *bold* [x](javascript:alert(1)) `code`";
    public static final String NOTE = "a note\n- that starts a list\n| and | a | table |";
    public static final String PUBLISHER = "Desk </script><script>alert('publisher')</script>";

    /** Writes the claims file and its article into {@code dir}; returns the claims file. */
    public static Path write(Path dir) {
        try {
            Files.writeString(dir.resolve("hostile.txt"), "Intro line.\n" + QUOTE + "\nThe end.\n");
            Path claims = dir.resolve("hostile.yaml");
            Files.writeString(claims, """
                    article:
                      id: hostile
                      title: %s
                      outlet: "Outlet\\e[31m red"
                      url: "javascript:alert('article')"
                      text: hostile.txt
                    figures:
                      - id: price
                        value: 100
                        source: %s
                        url: "javascript:alert(7)"
                        note: %s
                      - id: other
                        value: 100
                        source: Other source
                        url: "data:text/html,<script>alert(8)</script>"
                    claims:
                      - id: %s
                        quote: %s
                        speaker: "Speaker\\u202e reversed"
                        kind: value
                        stated: 100
                        figures:
                          reference: price
                      - id: second
                        quote: It costs 100 dollars
                        kind: value
                        stated: 100
                        figures:
                          reference: other
                    """.formatted(yaml(TITLE), yaml(SOURCE), yaml(NOTE), yaml(ID), yaml(QUOTE)));
            return claims;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted scalar with every character outside printable ASCII as an escape. */
    static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
