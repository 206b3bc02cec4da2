package factcheck.engine;

import factcheck.model.Article;
import factcheck.model.Claim;
import factcheck.model.Computed;
import factcheck.model.Figure;
import factcheck.model.Finding;
import factcheck.model.Numbers;
import factcheck.model.Operand;
import factcheck.model.Problem;
import factcheck.model.Qualifier;

/** Facts in words, for the explain trace and the messages that name a fact. */
final class Facts {
    private Facts() {
    }

    static String describe(Object fact) {
        if (fact instanceof Claim c) {
            return "Claim " + c.id() + " (" + c.kind()
                    + (c.stated() == null ? "" : ", states " + (c.qualifier().isEmpty() ? "" : c.qualifier() + " ")
                    + c.stated().written()) + ")";
        }
        if (fact instanceof Operand o) {
            return "Operand " + o.role() + ": " + figure(o.figure());
        }
        if (fact instanceof factcheck.model.FigureList l) {
            return "FigureList " + l.role() + ": " + l.figures().stream().map(Facts::figure)
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        if (fact instanceof Figure f) {
            return "Figure " + figure(f);
        }
        if (fact instanceof Computed x) {
            return "Computed " + (x.range() ? x.lowWorking() + "; " + x.highWorking() : x.lowWorking());
        }
        if (fact instanceof Finding f) {
            return "Finding " + f.verdict() + ": " + f.message();
        }
        if (fact instanceof Problem p) {
            return "Problem in " + p.field() + ": " + p.message();
        }
        if (fact instanceof Qualifier q) {
            return "Qualifier " + (q.word().isEmpty() ? "(none)" : "'" + q.word() + "'") + ": " + q.relation()
                    + ", within " + Numbers.fmt(q.within() * 100) + "%, grace " + Numbers.fmt(q.grace() * 100) + "%";
        }
        if (fact instanceof Article a) {
            return "Article " + a.id();
        }
        if (fact instanceof java.util.Collection<?> many) {
            return many.stream().map(Facts::describe).collect(java.util.stream.Collectors.joining("; ", "[", "]"));
        }
        return String.valueOf(fact);
    }

    private static String figure(Figure f) {
        return f.id() + (f.overTime() ? " (" + f.asOf() + ")" : "") + " = " + Numbers.fmt(f.amount()) + (f.unit() == null ? "" : " " + f.unit())
                + " (source: " + f.source() + ")";
    }
}
