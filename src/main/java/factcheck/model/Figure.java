package factcheck.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An underlying figure a claim rests on: a number (or range, or statement) with its source.
 * A figure whose source is {@value #ARTICLE_SOURCE} is the article's own number, quoted
 * by it and found nowhere else; any other source is outside evidence.
 *
 * @param articleId the article whose claims file defines it
 * @param id        id, unique within its claims file
 * @param amount    the value, range or statement
 * @param unit      unit, free text ("USD/year", "percent", "count"); may be null
 * @param source    who said it, where; or {@value #ARTICLE_SOURCE}
 * @param url       link to the source; may be null
 * @param asOf      the date the figure is valid for, as written; may be null
 * @param note      anything a reader should know about the figure; may be null
 * @param where     the file and line it was defined at
 * @param series    for a figure over time, every dated value, oldest first; {@code amount} is the
 *                  one in force at the article's date, and {@code asOf} its date. Empty otherwise
 * @param working   for a figure derived from others, the arithmetic: "sum of salary, bonus = ...";
 *                  null otherwise
 * @param inputs    for a derived figure, the figures it was computed from, in order; empty otherwise
 * @param pinned    for a figure over time, whether its value was picked by date ("threshold@2024")
 *                  rather than taken as in force at the article's date
 */
public record Figure(String articleId, String id, Amount amount, String unit, String source,
                     String url, String asOf, String note, Location where, List<Dated> series,
                     String working, List<Figure> inputs, boolean pinned) {

    /** The source that marks a figure as the article's own. */
    public static final String ARTICLE_SOURCE = "article";

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        series = series == null ? List.of() : List.copyOf(series);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    /** A figure with one value (or range, or text), as most are. */
    public Figure(String articleId, String id, Amount amount, String unit, String source, String url, String asOf,
                  String note, Location where) {
        this(articleId, id, amount, unit, source, url, asOf, note, where, List.of(), null, List.of(), false);
    }

    /** Whether it has several dated values. */
    public boolean overTime() {
        return !series.isEmpty();
    }

    /**
     * Each dated value of a figure over time as a figure of its own ("threshold" in 2024), oldest
     * first; a figure with one value is a list of itself.
     */
    public List<Figure> values() {
        if (!overTime()) {
            return List.of(this);
        }
        return series.stream().map(d -> new Figure(articleId, id, d.amount(), unit, source, url, d.date().written(), note,
                where, List.of(), null, List.of(), true)).toList();
    }

    /**
     * The dated values an article of date {@code published} could know: those whose date starts on or
     * before the article's, as for the value in force; every value when the article gives no date.
     */
    public List<Figure> valuesUntil(DateSpan published) {
        if (!overTime() || published == null) {
            return values();
        }
        return values().stream().filter(v -> !DateSpan.parse(v.asOf()).first().isAfter(published.first())).toList();
    }

    /** The dated values after an article of date {@code published}: what it could not know. */
    public List<Figure> valuesAfter(DateSpan published) {
        if (!overTime() || published == null) {
            return List.of();
        }
        return values().stream().filter(v -> DateSpan.parse(v.asOf()).first().isAfter(published.first())).toList();
    }

    /** Whether it was computed from other figures. */
    public boolean derived() {
        return working != null;
    }

    /** The date it is valid for, read; null when it gives none or it is not a date. */
    public DateSpan asOfDate() {
        return DateSpan.parse(asOf);
    }

    /**
     * The figures its value rests on: itself, or for a derived figure the figures it was computed
     * from, all the way down, each once.
     */
    public List<Figure> basis() {
        if (!derived()) {
            return List.of(this);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Figure> out = new ArrayList<>();
        for (Figure in : inputs) {
            for (Figure f : in.basis()) {
                if (seen.add(f.id() + "@" + f.asOf())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * Whether the only source of this figure is the article being checked: for a derived figure,
     * whether every figure it was computed from is.
     */
    public boolean fromArticle() {
        if (derived()) {
            return inputs.stream().allMatch(Figure::fromArticle);
        }
        return ARTICLE_SOURCE.equalsIgnoreCase(source.strip());
    }

    public boolean numeric() {
        return amount.numeric();
    }

    public boolean range() {
        return amount.range();
    }

    /** The value, or the low end of a range. */
    public double low() {
        return amount.low();
    }

    /** The value, or the high end of a range. */
    public double high() {
        return amount.high();
    }

    /** The text of a statement figure; null for numbers. */
    public String text() {
        return amount.text();
    }
}
