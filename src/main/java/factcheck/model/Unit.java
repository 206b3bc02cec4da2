package factcheck.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a number counts: money in a currency, a percentage, percentage points, a multiple, or
 * things of a named kind (people, members), optionally per period (per year, per month). Scale
 * (thousand, million...) is not part of a unit: it is applied to the number when it is read, so
 * every amount the rules see is in plain units.
 *
 * <p>Per-period amounts are kept per year where the period converts exactly (a quarter, a month,
 * a week); per day and per hour stay as they are, since the days or hours in a year depend on who
 * is counting.
 *
 * @param dimension what kind of thing is counted
 * @param name      the currency code ("USD"; "$" for dollars of no named country), or the counted
 *                  noun in the singular ("person", "member"); null when the dimension says all
 * @param period    "year", "day" or "hour" for an amount per period; null for none
 */
public record Unit(Dimension dimension, String name, String period) {

    /** What a number counts. */
    public enum Dimension {
        /** A plain number: compares with any unit. */
        NONE,
        CURRENCY,
        /** Per cent of something. */
        PERCENT,
        /** Percentage points: a difference between two percentages. */
        POINTS,
        /** A multiple: "33x", "twice". */
        TIMES,
        /** A count of named things. */
        COUNT
    }

    /** A plain number. */
    public static final Unit NONE = new Unit(Dimension.NONE, null, null);
    public static final Unit PERCENT = new Unit(Dimension.PERCENT, null, null);
    public static final Unit POINTS = new Unit(Dimension.POINTS, null, null);
    public static final Unit TIMES = new Unit(Dimension.TIMES, null, null);

    /** Currencies written "$..." that a "$" matches: the dollar currencies a reader might mean. */
    private static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "JMD",
            "BSD", "BBD", "BZD", "FJD", "LRD", "NAD", "SBD", "TTD", "XCD", "ZWL", "BMD", "KYD", "GYD", "SRD");

    /**
     * Nouns for people, which count the same kind of thing: "21,000 people" compares with a figure
     * in employees. Whether they are the same people is the figure's choice, not the unit's.
     */
    public static final Set<String> PEOPLE = Set.of("person", "adult", "child", "worker", "employee", "staff",
            "member", "voter", "resident", "citizen", "user", "customer", "subscriber", "viewer", "respondent",
            "student", "patient", "actor", "teacher", "nurse", "doctor", "immigrant", "migrant", "refugee", "woman",
            "man", "men", "women", "american", "inhabitant", "individual", "household member", "passenger", "death",
            "victim", "casualty", "job seeker", "jobseeker", "recipient", "beneficiary", "participant", "player");

    /** Periods per year, for those that convert exactly. */
    public static final Map<String, Integer> PER_YEAR = Map.of("year", 1, "quarter", 4, "month", 12, "week", 52);

    public Unit {
        Objects.requireNonNull(dimension, "dimension");
    }

    public static Unit currency(String code, String period) {
        return new Unit(Dimension.CURRENCY, code, period);
    }

    public static Unit count(String noun, String period) {
        return new Unit(Dimension.COUNT, noun, period);
    }

    /** Whether no unit was given. */
    public boolean none() {
        return dimension == Dimension.NONE && period == null;
    }

    public boolean isPercent() {
        return dimension == Dimension.PERCENT;
    }

    public boolean isPoints() {
        return dimension == Dimension.POINTS;
    }

    public boolean isTimes() {
        return dimension == Dimension.TIMES;
    }

    /** The same unit without its period. */
    public Unit withoutPeriod() {
        return period == null ? this : new Unit(dimension, name, null);
    }

    /**
     * Whether amounts in the two units can be compared: a plain number compares with anything;
     * otherwise the dimension must be the same, currencies the same ("$" matches any dollar
     * currency), counted nouns the same (or both people), and periods the same (per-month and
     * per-week amounts are already kept per year). A missing currency, noun or period on either side
     * is not a conflict: the messages point out a sum that looks twelve times another.
     */
    public boolean comparableWith(Unit other) {
        if (dimension == Dimension.NONE || other.dimension == Dimension.NONE) {
            return period == null || other.period == null || period.equals(other.period);
        }

        if (dimension != other.dimension) {
            return false;
        }
        if ((dimension == Dimension.PERCENT || dimension == Dimension.POINTS || dimension == Dimension.TIMES)
                && !java.util.Objects.equals(period, other.period)) {
            // A rate per month is not a rate over any other span (2% a month is not 2%, nor 24% a year).
            return false;
        }
        if (name != null && other.name != null && !name.equals(other.name)) {
            boolean dollar = name.equals("$") && DOLLARS.contains(other.name)
                    || other.name.equals("$") && DOLLARS.contains(name);
            boolean people = PEOPLE.contains(name) && PEOPLE.contains(other.name);
            if (!dollar && !people) {
                return false;
            }
        }
        return period == null || other.period == null || period.equals(other.period);
    }

    /** The unit in words, for messages: "USD per year", "percent", "people". */
    public String describe() {
        String base = switch (dimension) {
            case NONE -> "a plain number";
            case CURRENCY -> name == null ? "money" : name.equals("$") ? "dollars" : name;
            case PERCENT -> "percent";
            case POINTS -> "percentage points";
            case TIMES -> "a multiple";
            case COUNT -> name == null ? "a count" : plural(name);
        };
        return period == null ? base : (dimension == Dimension.NONE ? "" : base + " ") + "per " + period;
    }

    /** The symbol or word a number of this unit is shown with: "%", " points", "x", or "". */
    public String suffix() {
        return switch (dimension) {
            case PERCENT -> "%";
            case POINTS -> " points";
            case TIMES -> "x";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return describe();
    }

    /** "person" to "people", "member" to "members". */
    public static String plural(String noun) {
        if (noun.startsWith("°")) {
            return noun;
        }
        if (noun.equals("person")) {
            return "people";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** "people" to "person", "members" to "member", "companies" to "company". */
    public static String singular(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.equals("people") || n.equals("persons")) {
            return "person";
        }
        if (n.endsWith("ies") && n.length() > 4) {
            return n.substring(0, n.length() - 3) + "y";
        }
        if (n.endsWith("sses") || n.endsWith("xes") || n.endsWith("ches") || n.endsWith("shes")) {
            return n.substring(0, n.length() - 2);
        }
        if (n.endsWith("s") && !n.endsWith("ss") && n.length() > 3) {
            return n.substring(0, n.length() - 1);
        }
        return n;
    }
}
