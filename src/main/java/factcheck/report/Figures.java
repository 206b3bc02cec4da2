package factcheck.report;

import factcheck.model.Reason;
import factcheck.model.RuleSource;
import factcheck.model.Dated;
import factcheck.model.Figure;
import factcheck.model.Numbers;

import java.util.List;
import java.util.stream.Collectors;

/** Figures and reasons in words, the same in every report. */
final class Figures {
    private Figures() {
    }

    /** "26,470 USD/year". */
    static String amount(Figure f) {
        if (f.derived() && f.amount().numeric()) {
            // Computed, not written: the value in its unit ("$51.9 million", "12.7%").
            var a = f.amount();
            return a.range() ? Numbers.fmt(a.low(), a.unit()) + " - " + Numbers.fmt(a.high(), a.unit())
                    : Numbers.fmt(a.low(), a.unit());
        }
        return Numbers.fmt(f.amount()) + (f.unit() == null ? "" : " " + f.unit());
    }

    /** Who said it: the source, or for a computed figure the sources of what it was computed from. */
    static String source(Figure f) {
        if (f.derived()) {
            return "computed from " + f.basis().stream().map(b -> b.id() + " (" + source(b) + ")")
                    .collect(Collectors.joining(", "));
        }
        return f.fromArticle() ? "the article itself (no outside source)" : f.source();
    }

    /** The figures a computed figure rests on, each with its own source; the figure itself otherwise. */
    static List<Figure> basis(Figure f) {
        return f.basis();
    }

    /**
     * What a reader needs beyond the value: the working of a computed figure ("sum: a 1 + b 2 = 3"),
     * or every value of a figure over time and which one was in force; null for neither.
     */
    static String detail(Figure f) {
        if (f.derived()) {
            return f.working();
        }
        if (f.overTime()) {
            return "values: " + f.series().stream().map(Figures::dated).collect(Collectors.joining("; "))
                    + "; in force at the article's date: " + f.asOf();
        }
        return null;
    }

    private static String dated(Dated d) {
        return d.date().written() + ": " + Numbers.fmt(d.amount());
    }

    /**
     * Who decided, in words, for a reason that is not a rule's: "Editor's verdict", "Caveat";
     * null for a rule's reason.
     */
    static String label(Reason r) {
        return switch (r.rule().name()) {
            case RuleSource.EDITOR -> "Editor's verdict";
            case RuleSource.CAVEAT -> "Caveat";
            default -> null;
        };
    }

    /** The reason's message, after its label when it has one: "Editor's verdict: members pay a premium". */
    static String message(Reason r) {
        String label = label(r);
        return label == null ? r.message() : label + ": " + r.message();
    }

    /**
     * The deciding reason in one line, with the rule that made it, as the text report and the
     * annotations show it: "holds only at the top of the range (...) [claim holds only at one end
     * of the range, rules/qualifiers.drl:353]". A caveat that decided is followed by what the
     * rules found, which it capped. User text is not escaped here.
     */
    static String reasonLine(factcheck.verdict.ClaimResult c) {
        Reason r = c.decidingReason();
        String reason = message(r);
        if (r.rule().decider().equals("caveat") && c.reasons().size() > 1) {
            Reason found = c.reasons().get(1);
            reason += "; the rules found " + found.verdict().name() + ": " + found.message()
                    + (found.rule().line() > 0 ? " [" + found.rule().name() + ", " + found.rule().location() + "]" : "");
        }
        return reason + (r.rule().line() > 0 ? " [" + (label(r) != null ? r.rule().location()
                : r.rule().name() + ", " + r.rule().location()) + "]" : "");
    }

    /**
     * The article's coverage in words: "9 in the text, 7 checked; 2 not checked: '$23.9 million' (line 3),
     * '7%' (line 1)", with those left out on purpose and why.
     */
    static String coverage(factcheck.claims.ArticleClaims.Coverage c) {
        StringBuilder s = new StringBuilder();
        s.append(c.numbers()).append(" in the text, ").append(c.checked()).append(" checked");
        if (!c.leftOut().isEmpty()) {
            s.append(", ").append(c.leftOut().size()).append(" left out: ").append(c.leftOut().stream()
                    .map(l -> "'" + l.number().text().replaceAll("\\s+", " ") + "' (" + l.reason() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!c.unchecked().isEmpty()) {
            s.append("; ").append(c.unchecked().size()).append(" not checked: ").append(c.unchecked().stream()
                    .map(f -> "'" + f.text().replaceAll("\\s+", " ") + "' (line " + f.line() + ")")
                    .collect(Collectors.joining(", ")));
        }
        return s.toString();
    }
}
