package factcheck.claims;

import factcheck.model.Amount;
import factcheck.model.DateSpan;
import factcheck.model.Dated;
import factcheck.model.Figure;
import factcheck.model.Location;
import factcheck.util.Excerpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures one article can use, by id: its own and those of the run's registers. A reference
 * is an id ("threshold") or an id at a date ("threshold@2024"). A figure over time resolves to
 * the value in force at the article's date (or the date named); a derived figure is computed
 * from what its inputs resolve to. Each figure is resolved once per article.
 */
final class FigureBook {

    /** A figure as its file defines it, before it is resolved for an article. */
    record Def(String id, Location where, Amount amount, List<Dated> series, String op, List<Ref> inputs,
               String unit, String source, String url, String asOf, String note, boolean register) {
    }

    /** A figure named in a list, with the line it is named at. */
    record Ref(String text, int line) {
    }

    /** A resolved figure, or why a reference does not resolve (with where to report it). */
    record Resolved(Figure figure, String error, Location at) {
        boolean ok() {
            return figure != null;
        }
    }

    /** Reports an error at a place. */
    interface Errors {
        void at(Location where, String message);
    }

    /** The longest chain of computed figures, each computed from the next. */
    static final int MAX_CHAIN = 200;

    private final Map<String, Def> defs;
    private final Set<String> broken;
    private final String articleId;
    private final DateSpan published;
    private final Errors errors;
    private final Map<String, Resolved> resolved = new HashMap<>();
    /** The computed figures being resolved, in order, to name a loop: "a -> b -> a". */
    private final Set<String> resolving = new LinkedHashSet<>();
    /** Every figure resolved for the article, in the order first used, for the engine and the reports. */
    private final Map<String, Figure> used = new LinkedHashMap<>();

    FigureBook(Map<String, Def> defs, Set<String> broken, String articleId, DateSpan published, Errors errors) {
        this.defs = defs;
        this.broken = broken;
        this.articleId = articleId;
        this.published = published;
        this.errors = errors;
    }

    /** The figures resolved so far: the article's own first, as defined, then those it used from registers. */
    List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        for (Def d : defs.values()) {
            if (!d.register()) {
                Resolved r = resolve(d.id());
                if (r.ok()) {
                    out.add(r.figure());
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        out.forEach(f -> seen.add(f.id() + "@" + f.asOf()));
        used.values().stream().filter(f -> seen.add(f.id() + "@" + f.asOf())).forEach(out::add);
        return out;
    }

    /** Resolves "id" or "id@date"; an unknown id gets the closest known one suggested. */
    Resolved resolve(String ref) {
        Resolved done = resolved.get(ref);
        if (done != null) {
            return done;
        }
        Resolved r = resolveOnce(ref);
        resolved.put(ref, r);
        if (r.ok()) {
            used.putIfAbsent(ref, r.figure());
        }
        return r;
    }

    private Resolved resolveOnce(String ref) {
        int at = ref.lastIndexOf('@');
        String id = at < 0 ? ref : ref.substring(0, at);
        Def d = defs.get(id);
        if (broken.contains(id)) {
            return new Resolved(null, "figure '" + id + "' has errors of its own (above); fix them first", null);
        }
        if (d == null) {
            String known = defs.isEmpty() ? " (no figures are defined)" : " (known: " + factcheck.util.DidYouMean.some(defs.keySet()) + ")";
            return new Resolved(null, "unknown figure '" + Excerpt.of(id) + "'" + factcheck.util.DidYouMean.hint(id, defs.keySet())
                    + known, null);
        }
        DateSpan when = published;
        if (at >= 0) {
            when = DateSpan.parse(ref.substring(at + 1));
            if (when == null) {
                return new Resolved(null, "'" + Excerpt.of(ref) + "': '" + Excerpt.of(ref.substring(at + 1)) + "' is not a date (" + DateSpan.FORMS
                        + ")", null);
            }
            if (d.series().isEmpty()) {
                return new Resolved(null, "'" + Excerpt.of(ref) + "': figure '" + id + "' " + (d.op() != null ? "is computed ("
                        + d.op() + "); '@' picks a value of a figure over time: write the date on the figures it is"
                        + " computed from" : "has one value; '@' picks a value of a figure over time (one with"
                        + " 'values:')"), null);
            }
            if (when.last().isBefore(d.series().get(0).date().first())) {
                return new Resolved(null, "'" + Excerpt.of(ref) + "': figure '" + id + "' has no value before "
                        + d.series().get(0).date().label() + ", its first; give the value in force at "
                        + when.label(), null);
            }
        }
        if (!d.series().isEmpty()) {
            Dated in = inForce(d.series(), when);
            return new Resolved(new Figure(articleId, id, in.amount(), d.unit(), d.source(), d.url(),
                    in.date().written(), d.note(), d.where(), d.series(), null, List.of(), at >= 0), null, null);
        }
        if (d.op() == null) {
            return new Resolved(new Figure(articleId, id, d.amount(), d.unit(), d.source(), d.url(), d.asOf(), d.note(),
                    d.where()), null, null);
        }
        if (resolving.size() >= MAX_CHAIN) {
            // Each link is a level of recursion: a chain of thousands would overflow the stack.
            return new Resolved(null, "figure '" + id + "' is computed from a chain of more than " + MAX_CHAIN
                    + " computed figures; compute it from fewer steps", d.where());
        }
        if (!resolving.add(id)) {
            List<String> loop = new ArrayList<>(resolving);
            loop = new ArrayList<>(loop.subList(loop.indexOf(id), loop.size()));
            loop.add(id);
            return new Resolved(null, "figure '" + id + "' is computed from itself (" + String.join(" -> ", loop)
                    + "); compute it from figures with values", d.where());
        }
        try {
            List<Figure> inputs = new ArrayList<>();
            for (Ref in : d.inputs()) {
                Resolved r = resolve(in.text());
                if (!r.ok()) {
                    String message = "figure '" + id + "': " + d.op() + ": " + r.error();
                    errors.at(new Location(d.where().file(), in.line()), message);
                    return new Resolved(null, "figure '" + id + "' cannot be computed (at " + d.where() + ")", d.where());
                }
                inputs.add(r.figure());
            }
            Derivation.Result result = Derivation.compute(d.op(), inputs);
            if (!result.ok()) {
                errors.at(d.where(), "figure '" + id + "': " + d.op() + ": " + result.error());
                return new Resolved(null, "figure '" + id + "' cannot be computed (at " + d.where() + ")", d.where());
            }
            Set<String> sources = new LinkedHashSet<>();
            inputs.forEach(f -> f.basis().forEach(b -> sources.add(b.source())));
            return new Resolved(new Figure(articleId, id, result.amount(), result.unit(), String.join("; ", sources),
                    null, d.asOf(), d.note(), d.where(), List.of(), d.op() + ": " + result.working(), inputs, false),
                    null, null);
        } finally {
            resolving.remove(id);
        }
    }

    /**
     * The value in force at a date: the latest whose date starts on or before the date's first
     * day; with no date, the latest; before the first, the first.
     */
    static Dated inForce(List<Dated> series, DateSpan when) {
        if (when == null) {
            return series.get(series.size() - 1);
        }
        Dated in = series.get(0);
        for (Dated d : series) {
            if (!d.date().first().isAfter(when.first())) {
                in = d;
            }
        }
        return in;
    }
}
