package factcheck.claims;

import factcheck.model.Amount;
import factcheck.model.Unit;
import factcheck.util.Excerpt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as articles write them: "$39.3 billion", "87%", "33x", "3 points", "a third",
 * "one in five", "doubled", "forty", "a loss of $2 billion", "$390,000 - $900,000"; and units
 * as claims files write them: "USD million", "USD/year", "percent", "people". Finds the numbers
 * in a quote, to check that a claim states what its quote says.
 *
 * <p>Every method returns what it read or a message that says what is wrong and how to write it;
 * none throws on bad input.
 */
public final class Quantities {
    private Quantities() {
    }

    /**
     * The largest size of a number the checker reads or computes. Far beyond any figure in the
     * news (a country's debt in its smallest coin is below 10^16), and far enough inside what a
     * double holds that no sum, quotient or percentage of such numbers overflows.
     */
    public static final double MAX = 1e18;
    /** The smallest size of a number other than zero: below it, rounding errors decide. */
    public static final double MIN = 1e-9;
    /** Why a number out of range is refused, for messages. */
    public static final String RANGE = "beyond the numbers the checker compares (sizes from 10^-9 to 10^18, or 0)";

    /** Whether {@code x} is a number the checker reads: finite, 0 or of a size from {@link #MIN} to {@link #MAX}. */
    public static boolean inRange(double x) {
        return Double.isFinite(x) && Math.abs(x) <= MAX && (x == 0 || Math.abs(x) >= MIN);
    }

    /** A unit field read: what is counted, and the scale its numbers are written in. */
    public record UnitSpec(Unit unit, BigDecimal scale, String scaleWord) {
        public static final UnitSpec NONE = new UnitSpec(Unit.NONE, BigDecimal.ONE, null);

        boolean scaled() {
            return scale.compareTo(BigDecimal.ONE) != 0;
        }
    }

    /** What reading gave: an amount, or what is wrong. */
    public record Read(Amount amount, String error, double faceLow, double faceHigh) {
        static Read error(String message) {
            return new Read(null, message, 0, 0);
        }

        public boolean ok() {
            return amount != null;
        }
    }

    /**
     * A number found in a quote, with where it is: a decrease when a word says so ("dropped 4.8%");
     * {@code level} when it is where something ended ("fell to 3.5%"); {@code rise} when a word says
     * it went up; {@code qualifier} the qualifier the quote gives it ("over 60%"), or null.
     */
    public record Found(Amount amount, double face, String text, int start, int end, boolean level,
                        boolean rise, String qualifier) {
    }

    /** Nouns for a decrease: "a loss of", "a fall of", "a cut of". */
    private static final String FALL_NOUNS = "loss|fall|drop|decline|deficit|cut|decrease|reduction|contraction|shortfall"
            + "|slump|plunge|dip|downturn|shrinkage";
    /** Verbs and adverbs for a decrease: "fell 4.8%", "has fallen", "down 3 points". */
    private static final String FALL_VERBS = "fell|fallen|falling|fall|falls|dropped|dropping|drop|drops|declined"
            + "|declining|decline|declines|decreased|decreasing|decrease|decreases|shrank|shrunk|shrinking|shrink|shrinks"
            + "|narrowed|narrowing|narrows|lost|losing|lose|loses|cut|cuts|slid|slipped|slips|slumped|slump|slumps|plunged"
            + "|plunge|plunges|plummeted|plummet|plummets|sank|sunk|sink|sinks|tumbled|tumble|tumbles|contracted"
            + "|contracts|dipped|dips|reduced|reducing|reduces|lowered|lowering|slashed|slashing|slashes|eased|eases"
            + "|trimmed|cutting|shed|sheds|shedding|dived|dove|dives|sagged|sags|retreated|retreats|crashed|crashes"
            + "|collapsed|collapses|tanked|tanks|weakened|weakens|eroded|erodes|depreciated|depreciates|slowed|softened"
            + "|pared|shaved|wiped|off|down|lower";
    /** Verbs for an increase: "rose 4.8%", "has grown by a third". */
    private static final String RISE_VERBS = "rose|risen|rising|rise|rises|grew|grown|growing|grow|grows|increased"
            + "|increasing|increase|increases|gained|gain|gains|climbed|climb|climbs|jumped|jump|jumps|soared|soar|soars"
            + "|raised|raises|boosted|boosts|widened|widens|surged|surge|surges|spiked|spikes|rallied|rallies|swelled"
            + "|swells|rocketed|rockets|ballooned|balloons|up|higher";
    /** Words that make the number after them a level, not a change: "fell to 3.5%", "stood at 4%". */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("\\b(?<!up )(?<!close )(?:to|at(?!\\s+(?:least|most)\\b)|from"
            + "|reached|reaching|hit|hitting|stood at|stands at)(?:\\s+[\\p{L}'’-]+){0,3}\\s+$");
    /** A decrease word right after a number in a quote: "26% lower", "a 5% cut", "a $2 billion loss". */
    private static final Pattern FALL_AFTER = Pattern.compile("^\\s*(?:(lower|less|down|smaller|fewer|cheaper|below|colder"
            + "|cooler|weaker|slower|shorter|poorer|worse|in the red)\\b(?!-)|(?:[\\p{L}-]+\\s+){0,3}?"
            + "(" + FALL_NOUNS + ")(?:es|s)?\\b)");

    // Possessive quantifiers throughout: a long run of digits and separators must not recurse.
    /** A dollar sign with its country, before a number: "A$14.6 billion", "HK$", "US$". */
    private static final String DOLLAR_PREFIX = "(?i:us|a|au|c|ca|hk|nz|s|r|nt|mex)\\$";
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})++(?:\\.\\d++)?");
    private static final Pattern INDIAN = Pattern.compile("\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d++)?");
    private static final Pattern UNDERSCORED = Pattern.compile("\\d++(?:_\\d++)++(?:\\.\\d++)?");
    private static final Pattern PLAIN = Pattern.compile("\\d++(?:\\.\\d++)?|\\.\\d++");
    private static final Pattern EXPONENT = Pattern.compile("\\d+(\\.\\d+)?[eE][-+]?\\d{1,3}");
    /** "1.234.567", "52.000", "52.500": a dot that may group thousands. "1.234" is read as a decimal. */
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d++)?|[1-9]\\d{0,2}\\.\\d{2}0");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d++,\\d{1,2}|\\d++,\\d{4,}|\\d{1,3}(?:\\.\\d{3})++,\\d++");

    private static final Pattern NUMBER_START = Pattern.compile(
            "^(?<sign>[-+])?\\s*(?<cur>" + DOLLAR_PREFIX + "|[$€£¥₹₦]|[A-Za-z]{3}\\s+(?=[-+]?[\\d.]))?\\s*(?<sign2>[-+])?"
                    + "(?<num>\\d[\\d,._]*\\d|\\d|\\.\\d+)(?<rest>.*)$", Pattern.DOTALL);

    private static final Pattern FALL_NOUN = Pattern.compile("^(?:an? |the )?(?:net |annual |yearly )?"
            + "(" + FALL_NOUNS + ")(?:es|s)?(?: of| by)?\\s+");
    private static final Pattern FALL_VERB = Pattern.compile("^(?:has |have |had |was |were )?(" + FALL_VERBS + ")"
            + "(?:(?:\\s+[\\p{L}'’-]+){0,4}\\s+by|\\s+by)?\\s+");
    private static final Pattern FALL_AFTER_NUMBER = Pattern.compile("^(.*\\S)\\s+(" + FALL_NOUNS + ")(?:es|s)?$");
    private static final Pattern LEVEL_STATED = Pattern.compile("^(?!up\\s+to\\b)(?:has |have |had )?(?:" + FALL_VERBS
            + "|" + RISE_VERBS + ")\\s+to\\s+(.+)$");
    private static final Pattern RISE = Pattern.compile("^(?:(?:an? |the )?(?:net |annual |yearly )?"
            + "(?:rise|gain|increase|growth|profit|surplus|jump|boost)(?:s)?(?: of| by)?"
            + "|(?:has |have |had )?(?:" + RISE_VERBS + ")(?:(?:\\s+[\\p{L}'’-]+){0,4}\\s+by|\\s+by)?)\\s+");
    private static final Pattern RANGE_BETWEEN = Pattern.compile("^(?:between|from)\\s+(.+?)\\s+(?:and|to)\\s+(.+)$");
    private static final Pattern RANGE_SPLIT = Pattern.compile("\\s*(?:–|—|\\bto\\b|\\s-\\s|(?<=[\\d%kmnb])-(?=[$€£¥₹₦\\d]))\\s*");
    private static final Pattern ONE_IN = Pattern.compile("^([a-z]+|\\d+)\\s+(?:in|out of)\\s+(?:every\\s+)?([a-z]+|\\d+)\\b"
            + "(?!\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races?|laps?)\\b)");
    private static final Pattern FRACTION = Pattern.compile("^(?:(a|an|one|two|three|four|five|six|seven|eight|nine|\\d)[\\s-]+)?"
            + "(half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\\b");
    /** A comparative after a percentage or a multiple: "40% higher", "three times more likely". */
    private static final Pattern COMPARATIVE = Pattern.compile("(?i)\\s*(higher|more|greater|bigger|larger|above|up"
            + "|lower|less|smaller|fewer|cheaper|below|down)(?:\\s+(?:likely|than\\b.*|on\\b.*|as\\b.*))?\\s*$");
    private static final Pattern CODE_TOKEN = Pattern.compile("[A-Z]{3}");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+(\\p{L}[\\p{L}'’-]*)");
    /** Words after a number that are not what it counts. */
    private static final java.util.Set<String> NOT_A_UNIT = java.util.Set.copyOf(List.of("of", "the", "a", "an", "and", "or", "to",
            "in", "on", "for", "from", "by", "with", "at", "as", "than", "per", "more", "less", "fewer", "higher", "lower",
            "up", "down", "over", "under", "above", "below", "after", "before", "since", "until", "is", "are", "was",
            "were", "this", "that", "last", "next", "ago", "earlier", "later", "percent", "times", "points", "point",
            "who", "which", "when", "while", "but", "so", "it", "its", "their", "his", "her", "our", "new", "extra",
            "additional", "other", "more", "million", "billion", "thousand", "trillion", "annually", "monthly", "weekly",
            "each", "every", "year", "month", "week", "day", "hour"));
    private static final Pattern ONE_IN_TEXT = Pattern.compile("(?i)\\s(?:in|out of)\\s");
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?"
            + "|years?|games?|matches|races?|laps?)\\b");
    private static final Pattern COMPARATIVE_AFTER = Pattern.compile("(?i)^\\s*(higher|more|greater|bigger|larger|above|up"
            + "|lower|less|smaller|fewer|cheaper|below|down)\\b(?!-)");
    private static final Pattern LOWER = Pattern.compile("(?i)lower|less|smaller|fewer|cheaper|below|down");
    private static final Pattern A_SCALE = Pattern.compile("^(an?)\\s+(?:thousand|million|billion|trillion)\\b");
    private static final Pattern AND_A_HALF = Pattern.compile("^([a-z]+(?:[\\s-]+[a-z]+)*?) and a half\\b");
    private static final Pattern FRACTION_OF_SCALE = Pattern.compile("^\\s+(?:of\\s+)?(?:an?\\s+)?(thousand|million|billion"
            + "|trillion|lakh|crore|dozen)\\b");
    /** "a quarter point", "half a percentage point", "half a percent": a fraction of a point or a percent. */
    private static final Pattern FRACTION_OF_POINT = Pattern.compile("^\\s+(?:of\\s+)?(?:an?\\s+)?(?:(percentage\\s+)?"
            + "(points?)|(percent|per cent))\\b");
    private static final Pattern WORD_FOLD = Pattern.compile("^([a-z]+)-?fold\\b");
    private static final Pattern WORDS = Pattern.compile("^([a-z]+(?:[\\s-]+[a-z]+)*)");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    /** Common qualifiers, to say where they go when written into a number ("nearly half"). */
    private static final Pattern QUALIFIER_WORDS = Pattern.compile("^(nearly|almost|about|around|roughly|approximately"
            + "|some|over|more than|at least|at most|up to|less than|under|fewer than|just over|just under|exactly"
            + "|close to|upwards of|as many as|as much as|no more than|no less than)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NOUN = Pattern.compile("°?[\\p{L}][\\p{L}'’.-]*");
    /** Phrases a unit is written in, made one word each before the words are read ("per cent"). */
    private static final Pattern[] UNIT_PHRASES = {
            Pattern.compile("\\bper\\s+cent\\b"), Pattern.compile("\\b(percentage|%)\\s*points?\\b"),
            Pattern.compile("\\bper\\s+annum\\b"), Pattern.compile("\\bpp\\b|\\bpts?\\b|\\bppts?\\b"),
            Pattern.compile("\\bus\\s+dollars?\\b"), Pattern.compile("\\bpounds?\\s+sterling\\b"),
            Pattern.compile("(\\S)/"), Pattern.compile("/(\\S)"), Pattern.compile("([$€£¥₹₦%])(\\S)")};
    private static final String[] UNIT_WORDS = {"percent", "points", "/year", "points", "usd", "gbp", "$1 /", "/ $1",
            "$1 $2"};
    /**
     * What a text must hold for each of {@link #UNIT_PHRASES} to be in it (any one of them): most
     * units hold none, and are then not searched for each phrase, for every number of an article.
     */
    private static final String[][] UNIT_PHRASE_NEEDS = {{"per"}, {"point"}, {"annum"}, {"pp", "pt"}, {"dollar"},
            {"sterling"}, {"/"}, {"/"}, {"$", "€", "£", "¥", "₹", "₦", "%"}};

    /** Whether {@code text} holds any of {@code needs}. */
    private static boolean mayHave(String text, String[] needs) {
        for (String need : needs) {
            if (text.contains(need)) {
                return true;
            }
        }
        return false;
    }

    // Compiled once: the expressions once given to String.matches, replaceAll and replaceFirst.
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^an?\\s+");
    private static final Pattern EXPONENT_SIGN = Pattern.compile("^[eE][-+]?0*");
    private static final Pattern TIMES_WORD = Pattern.compile("(?i)x|×|times|-?fold");
    private static final Pattern EXPONENT_REST = Pattern.compile("^([eE][-+]?\\d++)\\b(.*)$", Pattern.DOTALL);
    private static final Pattern ATTACHED = Pattern.compile("^(%|x|×|k|K|m|M|mn|bn|b|B|tn|T|-fold|fold)(?![\\p{L}\\d])(.*)$",
            Pattern.DOTALL);

    /** Temperature scales, counted as degrees of one scale or the other. */
    private static final Map<String, String> TEMPERATURES = Map.of("c", "°C", "°c", "°C", "celsius", "°C",
            "centigrade", "°C", "f", "°F", "°f", "°F", "fahrenheit", "°F", "degrees", "degree", "degree", "degree");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "$"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("₦", "NGN"),
            Map.entry("us$", "USD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"), Map.entry("c$", "CAD"),
            Map.entry("ca$", "CAD"), Map.entry("hk$", "HKD"), Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"),
            Map.entry("r$", "BRL"), Map.entry("nt$", "TWD"), Map.entry("mex$", "MXN"));

    /** Currency codes read in lower case too; any other ISO 4217 code must be written in capitals. */
    private static final java.util.Set<String> COMMON_CODES = java.util.Set.of("usd", "eur", "gbp", "jpy", "cny",
            "inr", "ngn", "cad", "aud", "chf", "zar", "brl", "mxn", "kes", "ghs", "nzd", "sgd", "hkd");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "$"), Map.entry("us dollar", "USD"), Map.entry("euro", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("pound sterling", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("naira", "NGN"), Map.entry("yen", "JPY"), Map.entry("rupee", "INR"),
            Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rand", "ZAR"));
    private static final Map<String, String> PERIODS = Map.ofEntries(
            Map.entry("year", "year"), Map.entry("yr", "year"), Map.entry("annum", "year"),
            Map.entry("annually", "year"), Map.entry("yearly", "year"), Map.entry("annual", "year"),
            Map.entry("quarter", "quarter"), Map.entry("quarterly", "quarter"),
            Map.entry("month", "month"), Map.entry("mo", "month"), Map.entry("monthly", "month"),
            Map.entry("week", "week"), Map.entry("wk", "week"), Map.entry("weekly", "week"),
            Map.entry("day", "day"), Map.entry("daily", "day"), Map.entry("hour", "hour"), Map.entry("hr", "hour"),
            Map.entry("hourly", "hour"));

    // ---------------------------------------------------------------- units

    /**
     * A unit field: "USD", "USD million", "USD/year", "$ bn", "percent", "percentage points",
     * "times", "people", "million people", "count". Returns null with {@code errors} filled when
     * it cannot be read.
     */
    public static UnitSpec unit(String text, List<String> errors) {
        return unit(text, errors, true);
    }

    /** A unit; with {@code nouns} false, only the words for money, percent, points, times, scale and periods. */
    private static UnitSpec unit(String text, List<String> errors, boolean nouns) {
        if (text == null || text.isBlank()) {
            return UnitSpec.NONE;
        }
        String original = text.strip();
        String t = original.replace('\u00a0', ' ');
        Unit.Dimension dim = Unit.Dimension.NONE;
        String name = null;
        String period = null;
        BigDecimal scale = BigDecimal.ONE;
        String scaleWord = null;
        List<String> noun = new ArrayList<>();
        // "per cent", "percentage points", "% points" are one word each.
        String l = t.toLowerCase(Locale.ROOT);
        for (int i = 0; i < UNIT_PHRASES.length; i++) {
            if (mayHave(l, UNIT_PHRASE_NEEDS[i])) {
                l = UNIT_PHRASES[i].matcher(l).replaceAll(UNIT_WORDS[i]);
            }
        }
        String[] words = SPACES.split(l.strip());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String originalWord = wordAt(t, w);
            if (w.equals("/") || w.equals("per") || w.equals("a") || w.equals("an") || w.equals("each")
                    || w.equals("every")) {
                if (i + 1 < words.length && PERIODS.containsKey(words[i + 1])) {
                    period = set(period, PERIODS.get(words[i + 1]), "period", original, errors);
                    i++;
                    continue;
                }
                if (w.equals("/") || w.equals("per")) {
                    errors.add("'" + Excerpt.of(original) + "': only a period (year, quarter, month, week, day, hour) can"
                            + " follow '" + Excerpt.of(w) + "'");
                    return null;
                }
                noun.add(w);
                continue;
            }
            if (PERIODS.containsKey(w) && !w.equals("year") && !w.equals("month") && !w.equals("week")
                    && !w.equals("day") && !w.equals("hour") && !w.equals("quarter") && !w.equals("yr")
                    && !w.equals("mo") && !w.equals("wk") && !w.equals("hr") && !w.equals("annum")) {
                period = set(period, PERIODS.get(w), "period", original, errors);
                continue;
            }
            if (w.equals("lakh") && i + 1 < words.length && words[i + 1].equals("crore")) {
                // "₹5 lakh crore" is 5 x 100,000 x 10,000,000.
                if (scaleWord != null) {
                    errors.add("'" + Excerpt.of(original) + "' gives a scale twice ('" + scaleWord + "' and 'lakh crore')");
                    return null;
                }
                scale = BigDecimal.valueOf(1_000_000_000_000L);
                scaleWord = "lakh crore";
                i++;
                continue;
            }
            if (w.equals("bps") || w.equals("bp") || w.equals("basis") && i + 1 < words.length
                    && words[i + 1].startsWith("point")) {
                // "25 basis points" is 0.25 percentage points.
                if (dim != Unit.Dimension.NONE || scaleWord != null) {
                    errors.add("'" + Excerpt.of(original) + "': basis points take no other unit or scale");
                    return null;
                }
                dim = Unit.Dimension.POINTS;
                scale = new BigDecimal("0.01");
                scaleWord = "basis points";
                if (w.equals("basis")) {
                    i++;
                }
                continue;
            }
            if (w.equals("cents") || w.equals("cent") || w.equals("pence") || w.equals("penny")) {
                // "12 cents" is $0.12.
                if (dim != Unit.Dimension.NONE && dim != Unit.Dimension.CURRENCY || scaleWord != null) {
                    errors.add("'" + Excerpt.of(original) + "': '" + Excerpt.of(w) + "' is a hundredth of a currency, with no other unit or scale");
                    return null;
                }
                dim = Unit.Dimension.CURRENCY;
                name = name != null ? name : w.startsWith("pen") ? "GBP" : "$";
                scale = new BigDecimal("0.01");
                scaleWord = w;
                continue;
            }
            Long s = NumberWords.SCALES.get(w);
            if (s != null && !(w.equals("b") || w.equals("m")) || s != null && noun.isEmpty() && dim != Unit.Dimension.COUNT) {
                if (scaleWord != null) {
                    errors.add("'" + Excerpt.of(original) + "' gives a scale twice ('" + scaleWord + "' and '" + Excerpt.of(w) + "')");
                    return null;
                }
                scale = BigDecimal.valueOf(s);
                scaleWord = w;
                continue;
            }
            Unit.Dimension d = null;
            String n = null;
            if (w.equals("%") || w.equals("percent") || w.equals("pct")) {
                d = Unit.Dimension.PERCENT;
            } else if (w.equals("points") || w.equals("point")) {
                d = Unit.Dimension.POINTS;
            } else if (w.equals("x") || w.equals("times") || w.equals("×") || w.equals("fold") || w.equals("multiple")) {
                d = Unit.Dimension.TIMES;
            } else if (SYMBOLS.containsKey(w)) {
                d = Unit.Dimension.CURRENCY;
                n = SYMBOLS.get(w);
            } else if (w.length() == 3 && isCurrencyCode(w) && (COMMON_CODES.contains(w) || originalWord != null
                    && originalWord.equals(originalWord.toUpperCase(Locale.ROOT)))) {
                d = Unit.Dimension.CURRENCY;
                n = w.toUpperCase(Locale.ROOT);
            } else if (CURRENCY_WORDS.containsKey(Unit.singular(w))) {
                d = Unit.Dimension.CURRENCY;
                n = CURRENCY_WORDS.get(Unit.singular(w));
            } else if (w.equals("count") || w.equals("number")) {
                d = Unit.Dimension.COUNT;
            } else if (TEMPERATURES.containsKey(w)) {
                d = Unit.Dimension.COUNT;
                n = TEMPERATURES.get(w);
            }
            if (d != null) {
                if (dim != Unit.Dimension.NONE && (dim != d || n != null && name != null && !n.equals(name))) {
                    errors.add("'" + Excerpt.of(original) + "' names two units (" + new Unit(dim, name, null).describe()
                            + " and " + new Unit(d, n, null).describe() + ")");
                    return null;
                }
                dim = d;
                name = n != null ? n : name;
                continue;
            }
            if (!NOUN.matcher(w).matches()) {
                errors.add("'" + Excerpt.of(original) + "': '" + Excerpt.of(w) + "' is not a unit the checker reads (a currency like USD or $,"
                        + " percent, points, times, a scale like million, a period like /year, or a noun like people)");
                return null;
            }
            noun.add(w);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        // Words for people are a unit wherever they stand: "27,000 people" is a count of people.
        boolean people = !noun.isEmpty() && noun.stream().allMatch(x -> Unit.PEOPLE.contains(Unit.singular(x)));
        if (!noun.isEmpty() && !nouns && !people) {
            errors.add("'" + Excerpt.of(original) + "': '" + Excerpt.of(String.join(" ", noun)) + "' is not a unit");
            return null;
        }
        if (!noun.isEmpty()) {
            if (dim != Unit.Dimension.NONE && dim != Unit.Dimension.COUNT) {
                errors.add("'" + Excerpt.of(original) + "': '" + Excerpt.of(String.join(" ", noun)) + "' is not a unit the checker reads"
                        + " with " + new Unit(dim, name, null).describe());
                return null;
            }
            dim = Unit.Dimension.COUNT;
            List<String> cleaned = new ArrayList<>(noun);
            cleaned.removeIf(x -> x.equals("of") || x.equals("the"));
            if (!cleaned.isEmpty()) {
                cleaned.set(cleaned.size() - 1, Unit.singular(cleaned.get(cleaned.size() - 1)));
                name = String.join(" ", cleaned);
            }
        }
        return new UnitSpec(new Unit(dim, name, period), scale, scaleWord);
    }

    private static String wordAt(String original, String lowerWord) {
        String lower = original.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(lowerWord); at >= 0; at = lower.indexOf(lowerWord, at + 1)) {
            int end = at + lowerWord.length();
            boolean starts = at == 0 || !Character.isLetter(lower.charAt(at - 1));
            boolean ends = end == lower.length() || !Character.isLetter(lower.charAt(end));
            if (starts && ends && end <= original.length()) {
                return original.substring(at, end);
            }
        }
        return null;
    }

    private static String set(String current, String value, String what, String original, List<String> errors) {
        if (current != null && !current.equals(value)) {
            errors.add("'" + Excerpt.of(original) + "' gives two " + what + "s ('" + Excerpt.of(current) + "' and '" + Excerpt.of(value) + "')");
        }
        return value;
    }

    private static boolean isCurrencyCode(String w) {
        return w.length() == 3 && CURRENCY_CODES.contains(w.toUpperCase(Locale.ROOT));
    }

    /** ISO 4217 codes, from the JDK's own list. */
    private static final java.util.Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    // ---------------------------------------------------------------- numbers

    /**
     * A figure's value or a claim's stated number, as written: one quantity or a range. The
     * field's unit ({@code fieldUnit}, from 'unit:') applies where the text names none, and its
     * scale applies to numbers written without one.
     */
    public static Read read(String text, UnitSpec fieldUnit) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return Read.error("is empty");
        }
        String l = t.toLowerCase(Locale.ROOT);
        String sense = null;
        Matcher level = LEVEL_STATED.matcher(l);
        if (level.matches()) {
            return Read.error("'" + Excerpt.of(text) + "' gives a level, not a change: write the level alone ('stated: "
                    + Excerpt.of(t.substring(level.start(1))) + "') in a value claim, or the change in a change claim ('stated:"
                    + " fell 0.3 points')");
        }
        Matcher trailingLoss = FALL_AFTER_NUMBER.matcher(l);
        if (trailingLoss.matches()) {
            // "£45m loss", "a 5% cut".
            sense = trailingLoss.group(2);
            t = LEADING_ARTICLE.matcher(t.substring(0, trailingLoss.end(1))).replaceFirst("");
            l = t.toLowerCase(Locale.ROOT);
        }
        Matcher fall = FALL_NOUN.matcher(l);
        Matcher fallVerb = FALL_VERB.matcher(l);
        Matcher rise = RISE.matcher(l);
        if (sense != null) {
            // already read from a word after the number
        } else if (fall.find()) {
            sense = fall.group(1);
            t = t.substring(fall.end());
        } else if (fallVerb.find()) {
            sense = fallVerb.group(1).startsWith("los") ? "loss" : "fall";
            t = t.substring(fallVerb.end());
        } else if (rise.find()) {
            t = t.substring(rise.end());
        }
        l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("in half")) {
            // "cut in half"
            t = t.substring(3);
            l = l.substring(3);
        }
        Matcher between = RANGE_BETWEEN.matcher(l);
        String lowText = null;
        String highText = null;
        if (between.matches()) {
            lowText = t.substring(between.start(1), between.end(1));
            highText = t.substring(between.start(2), between.end(2));
        } else {
            Matcher split = RANGE_SPLIT.matcher(t);
            if (split.find() && split.start() > 0 && split.end() < t.length()) {
                lowText = t.substring(0, split.start());
                highText = t.substring(split.end());
            }
        }
        if (lowText != null) {
            // A decrease applies to the whole range ("a fall of 1-2%" is -2% to -1%), so the ends are read without it.
            Read high = one(highText, fieldUnit, null);
            if (high.ok()) {
                Read low = one(lowText, fieldUnit, null);
                if (!low.ok() || trailing(lowText).isEmpty() && !trailing(highText).isEmpty()) {
                    // "$1-2 billion", "20 to 30%": the low end takes the high end's scale and unit.
                    low = one(lowText + " " + trailing(highText), fieldUnit, null);
                }
                if (!low.ok()) {
                    return Read.error("the low end of the range: " + low.error());
                }
                Read range = range(low, high, text.strip());
                if (!range.ok() || sense == null) {
                    return range;
                }
                return new Read(range.amount().asDecrease(sense), null, -range.faceHigh(), -range.faceLow());
            }
        }
        Read one = one(t, fieldUnit, sense);
        if (one.ok()) {
            Amount a = one.amount();
            return new Read(a.withWritten(text.strip()), null, one.faceLow(), one.faceHigh());
        }
        return one;
    }

    /** A range given as two items ("[390,000, 900,000]" in YAML). */
    public static Read range(String lowText, String highText, UnitSpec fieldUnit, String written) {
        Read low = one(normalise(lowText), fieldUnit, null);
        if (!low.ok()) {
            return Read.error("the low end: " + low.error());
        }
        Read high = one(normalise(highText), fieldUnit, null);
        if (!high.ok()) {
            return Read.error("the high end: " + high.error());
        }
        return range(low, high, written);
    }

    private static Read range(Read low, Read high, String written) {
        Amount a = low.amount();
        Amount b = high.amount();
        if (!a.unit().comparableWith(b.unit())) {
            return Read.error("the ends of the range are in different units (" + a.unit().describe() + " and "
                    + b.unit().describe() + ")");
        }
        if (a.low() > b.low()) {
            return Read.error("the low end " + a.written() + " is above the high end " + b.written() + "; write [low, high]");
        }
        Unit unit = a.unit().none() ? b.unit() : a.unit();
        String implied = a.implied() != null ? a.implied() : b.implied();
        return new Read(new Amount(a.low(), b.low(), true, a.lowPrecision(), b.lowPrecision(), written, null, unit,
                Math.max(a.looseness(), b.looseness()), a.implicitPrecision() && b.implicitPrecision(),
                a.decimal() && b.decimal(),
                a.sense() != null ? a.sense() : b.sense(), implied, a.converted() || b.converted()), null,
                low.faceLow(), high.faceLow());
    }

    private static String trailing(String highText) {
        Matcher m = NUMBER_START.matcher(highText.strip());
        return m.matches() ? m.group("rest").strip() : "";
    }

    private static String normalise(String text) {
        String t = text.strip().replace('\u2212', '-').replace('\u00a0', ' ').replace('\u2009', ' ')
                .replace('\u202f', ' ');
        return SPACES.matcher(t).replaceAll(" ");
    }

    /** One quantity: a number in digits or words, with its currency, scale and unit. */
    private static Read one(String text, UnitSpec fieldUnit, String sense) {
        return one(text, fieldUnit, sense, true);
    }

    /** One quantity; with {@code nouns} false, words after the number must be units, not things counted. */
    private static Read one(String text, UnitSpec fieldUnit, String sense, boolean nouns) {
        String t = text.strip();
        if (t.length() > 200) {
            return Read.error("'" + Excerpt.of(t) + "' is too long to be a number");
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("minus ")) {
            Read r = one(t.substring(6), fieldUnit, sense, nouns);
            return r.ok() ? negate(r) : r;
        }
        Matcher m = NUMBER_START.matcher(t);
        BigDecimal value;
        String rest;
        String currency = null;
        double looseness = 0;
        boolean words = false;
        String implied = null;
        Unit.Dimension wordDim = null;
        boolean negative = false;
        WordNumber oneIn = ONE_IN.matcher(l).find() ? wordNumber(l) : null;
        if (m.matches() && oneIn == null) {
            String num = m.group("num");
            negative = "-".equals(m.group("sign")) || "-".equals(m.group("sign2"));
            String cur = m.group("cur");
            if (cur != null) {
                cur = cur.strip();
                if (SYMBOLS.containsKey(cur.toLowerCase(Locale.ROOT))) {
                    currency = SYMBOLS.get(cur.toLowerCase(Locale.ROOT));
                } else if (isCurrencyCode(cur) && cur.equals(cur.toUpperCase(Locale.ROOT))) {
                    currency = cur;
                } else {
                    return Read.error("'" + Excerpt.of(text) + "' is not a number the checker reads; write it as the article does"
                        + " ('$39.3 billion', '87%', '33x', 'a third', 'fell 4.8%'), with words like 'over' or 'nearly'"
                        + " in 'qualifier'");
                }
            }
            rest = m.group("rest");
            String exponent = null;
            Matcher e = EXPONENT_REST.matcher(rest);
            if (e.matches() && PLAIN.matcher(num).matches()) {
                exponent = e.group(1);
                rest = e.group(2);
            }
            String digits = number(num);
            if (digits == null) {
                return Read.error(separatorError(num));
            }
            if (exponent != null && EXPONENT_SIGN.matcher(exponent).replaceAll("").length() > 3) {
                // An exponent of four digits or more is far outside the range (and past a BigDecimal's at ten).
                if (new BigDecimal(digits).signum() != 0) {
                    return Read.error("'" + Excerpt.of(text) + "' is " + RANGE);
                }
                exponent = null;
            }
            value = new BigDecimal(exponent == null ? digits : digits + exponent);
        } else {
            WordNumber w = oneIn != null ? oneIn : wordNumber(l);
            Matcher qualifier = QUALIFIER_WORDS.matcher(l);
            if (w == null && qualifier.find() && qualifier.end() < l.length()) {
                return Read.error("'" + Excerpt.of(text) + "': put '" + qualifier.group(1) + "' in 'qualifier', and the number alone"
                        + " in 'stated': 'stated: " + Excerpt.of(t.substring(qualifier.end()).strip()) + "'");
            }
            if (w == null) {
                return Read.error("'" + Excerpt.of(text) + "' is not a number the checker reads; write it as the article does"
                        + " ('$39.3 billion', '87%', '33x', 'a third', 'fell 4.8%'), with words like 'over' or 'nearly'"
                        + " in 'qualifier'");
            }
            value = w.value;
            rest = t.substring(w.length);
            looseness = w.looseness;
            implied = w.implied;
            wordDim = w.dimension;
            words = true;
        }
        // "40% higher", "26% lower", "three times more likely": a multiple of what it is compared with.
        Matcher comparative = COMPARATIVE.matcher(rest);
        Boolean higher = null;
        if (comparative.find()) {
            String before = rest.substring(0, comparative.start());
            boolean percent = before.strip().equals("%") || before.strip().equalsIgnoreCase("percent")
                    || before.strip().equalsIgnoreCase("per cent") || wordDim == Unit.Dimension.PERCENT && before.isBlank();
            boolean times = TIMES_WORD.matcher(before.strip()).matches() || wordDim == Unit.Dimension.TIMES && before.isBlank();
            if (percent || times && !LOWER.matcher(comparative.group(1)).matches()) {
                higher = percent ? !LOWER.matcher(comparative.group(1)).matches() : Boolean.TRUE;
                if (percent) {
                    rest = "";
                    wordDim = null;
                } else {
                    rest = before;
                }
                if (percent) {
                    // 40% higher is 1.4 times; 26% lower is 0.74 times.
                    BigDecimal hundred = BigDecimal.valueOf(100);
                    BigDecimal times100 = higher ? hundred.add(value) : hundred.subtract(value);
                    if (times100.signum() < 0) {
                        return Read.error("'" + Excerpt.of(text) + "': more than 100% lower is below zero");
                    }
                    value = times100.divide(hundred, MathContext.DECIMAL64);
                    wordDim = Unit.Dimension.TIMES;
                    words = true; // no attached suffix is left to read
                }
            }
        }
        // What follows the number: an attached %, x, k, m, bn; then scale and unit words.
        String r = rest.strip();
        Unit.Dimension suffixDim = null;
        Matcher attached = ATTACHED.matcher(rest);
        BigDecimal scale = BigDecimal.ONE;
        String scaleWord = null;
        if (!words && attached.matches()) {
            String s = attached.group(1);
            switch (s) {
                case "%" -> suffixDim = Unit.Dimension.PERCENT;
                case "x", "×", "-fold", "fold" -> suffixDim = Unit.Dimension.TIMES;
                default -> {
                    scaleWord = s.toLowerCase(Locale.ROOT);
                    scale = BigDecimal.valueOf(NumberWords.SCALES.get(scaleWord.equals("t") ? "tn" : scaleWord));
                }
            }
            r = attached.group(2).strip();
        }
        List<String> errors = new ArrayList<>();
        // A unit written onto the number ("-15C", "5km") is its unit, even where loose words are not.
        boolean attachedNoun = !rest.isEmpty() && (Character.isLetter(rest.charAt(0)) || rest.charAt(0) == '°')
                && r.indexOf(' ') < 0;
        UnitSpec spec = r.isEmpty() ? UnitSpec.NONE : unit(r, errors, nouns || attachedNoun);
        if (spec == null) {
            return Read.error(errors.get(0));
        }
        if (scaleWord != null && spec.scaleWord() != null) {
            return Read.error("'" + Excerpt.of(text) + "' gives a scale twice");
        }
        if (spec.scaleWord() != null) {
            scale = spec.scale();
            scaleWord = spec.scaleWord();
        }
        Unit.Dimension dim = spec.unit().dimension();
        String name = spec.unit().name();
        for (Unit.Dimension d : new Unit.Dimension[] {suffixDim, wordDim}) {
            if (d == null) {
                continue;
            }
            if (dim == Unit.Dimension.NONE || d == Unit.Dimension.PERCENT && dim == Unit.Dimension.COUNT) {
                // "87% of actors": a percentage of a group is a percentage.
                dim = d;
                name = null;
            } else if (dim != d) {
                return Read.error("'" + Excerpt.of(text) + "' names two units (" + new Unit(d, null, null).describe() + " and "
                        + spec.unit().describe() + ")");
            }
        }
        if (currency != null) {
            if (dim == Unit.Dimension.NONE) {
                dim = Unit.Dimension.CURRENCY;
                name = currency;
            } else if (dim == Unit.Dimension.CURRENCY) {
                if (!Unit.currency(currency, null).comparableWith(Unit.currency(name, null))) {
                    return Read.error("'" + Excerpt.of(text) + "' names two currencies (" + currency + " and " + name + ")");
                }
                name = currency.equals("$") ? name : currency;
            } else {
                return Read.error("'" + Excerpt.of(text) + "' names two units (" + Unit.currency(currency, null).describe()
                        + " and " + spec.unit().describe() + ")");
            }
        }
        Unit read = new Unit(dim, name, spec.unit().period());
        // The field's unit applies where the text names none; they must agree where both do.
        Unit field = fieldUnit.unit();
        if (!field.none()) {
            if (read.dimension() != Unit.Dimension.NONE && field.dimension() != Unit.Dimension.NONE
                    && !read.withoutPeriod().comparableWith(field.withoutPeriod())
                    || read.period() != null && field.period() != null && !read.period().equals(field.period())) {
                return Read.error("'" + Excerpt.of(text) + "' is " + read.describe() + ", but 'unit' says " + field.describe());
            }
            Unit.Dimension d = read.dimension() == Unit.Dimension.NONE ? field.dimension() : read.dimension();
            String n = read.name() != null ? read.name() : field.dimension() == d ? field.name() : null;
            if (n != null && n.equals("$") && field.name() != null && field.dimension() == d) {
                n = field.name();
            }
            read = new Unit(d, n, read.period() != null ? read.period() : field.period());
        }
        if (fieldUnit.scaled()) {
            if (scaleWord != null && scale.compareTo(fieldUnit.scale()) != 0) {
                return Read.error("'" + Excerpt.of(text) + "' is in " + scaleWord + "s, but 'unit' says " + fieldUnit.scaleWord()
                        + "s; give the scale once");
            }
            scale = fieldUnit.scale();
        }
        if (negative) {
            value = value.negate();
        }
        double precision;
        boolean implicit;
        if (looseness > 0 || implied != null) {
            precision = 0;
            implicit = false;
        } else {
            precision = Amount.precisionOf(value);
            implicit = Amount.implicitOf(value);
        }
        BigDecimal scaled = value.multiply(scale);
        if (precision > 0 && value.scale() <= 0 && scale.compareTo(BigDecimal.ONE) > 0) {
            // "200 million", "$2 billion", "27K": rounded to their last digit (the hundred million, the
            // billion, the thousand), which the rules cap at a few percent.
            precision = value.signum() == 0 ? 1 : Math.pow(10, Math.max(0, -value.stripTrailingZeros().scale()));
            implicit = true;
        }
        double face = scaled.doubleValue();
        double factor = 1;
        String period = read.period();
        // Sums and counts add up over a year; a rate, a share or a multiple does not (2% a month is not 24%).
        boolean adds = read.dimension() == Unit.Dimension.CURRENCY || read.dimension() == Unit.Dimension.NONE
                || read.dimension() == Unit.Dimension.COUNT && (read.name() == null || !read.name().startsWith("°"));
        if (period != null && Unit.PER_YEAR.containsKey(period) && adds) {
            factor = Unit.PER_YEAR.get(period);
            read = new Unit(read.dimension(), read.name(), "year");
        }
        double v = scaled.doubleValue() * factor;
        if (!inRange(v) || v == 0 && scaled.signum() != 0) {
            return Read.error("'" + Excerpt.of(text) + "' is " + RANGE);
        }
        if (sense != null) {
            if (v < 0) {
                return Read.error("'" + Excerpt.of(text) + "' says '" + sense + "' and has a minus sign; give the size of the "
                        + sense + " only");
            }
            v = -v;
            face = -face;
        }
        if (implicit && read.isTimes() && value.signum() != 0) {
            // "140 times" is rounded to the ten, as "200 million" is to the hundred million (capped by the rules).
            precision = Math.pow(10, Math.max(0, -value.stripTrailingZeros().scale()));
        }
        double p = precision * scale.doubleValue() * factor;
        boolean converted = scale.compareTo(BigDecimal.ONE) != 0 || factor != 1;
        return new Read(new Amount(v, v, false, p, p, text, null, read, looseness, implicit, !words && value.scale() > 0, sense,
                implied, converted),
                null, face, face);
    }

    private static Read negate(Read r) {
        Amount a = r.amount();
        return new Read(new Amount(-a.high(), -a.low(), a.range(), a.highPrecision(), a.lowPrecision(), "minus " + a.written(),
                null, a.unit(), a.looseness(), a.implicitPrecision(), a.decimal(), a.sense(), a.implied(), a.converted()),
                null, -r.faceHigh(), -r.faceLow());
    }

    /** Digits with separators as a plain number ("27,000" to "27000"), or null if ambiguous or malformed. */
    static String number(String num) {
        if (digitsOnly(num)) {
            // No separator: what PLAIN matches, and none of the others (each needs a separator).
            return num;
        }
        if (DOT_THOUSANDS.matcher(num).matches() || COMMA_DECIMAL.matcher(num).matches()) {
            return null;
        }
        if (GROUPED.matcher(num).matches() || INDIAN.matcher(num).matches()) {
            return num.replace(",", "");
        }
        if (UNDERSCORED.matcher(num).matches()) {
            return num.replace("_", "");
        }
        if (PLAIN.matcher(num).matches()) {
            return num;
        }
        return null;
    }

    private static boolean digitsOnly(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String separatorError(String num) {
        if (DOT_THOUSANDS.matcher(num).matches()) {
            String whole = num.replaceAll(",.*$", "").replace(".", "");
            return "'" + Excerpt.of(num) + "' is ambiguous: a dot between groups of three digits may be a thousands separator;"
                    + " write " + Excerpt.of(whole) + " (or " + Excerpt.of(group(whole)) + ") for the whole number, or drop the trailing zeros"
                    + " for a decimal";
        }
        if (COMMA_DECIMAL.matcher(num).matches()) {
            return "'" + Excerpt.of(num) + "' is ambiguous: a comma that is not followed by groups of three digits may be a decimal"
                    + " comma; write " + Excerpt.of(num.replace(".", "").replace(',', '.')) + " for a decimal, or group thousands as"
                    + " 1,234,567";
        }
        return "'" + Excerpt.of(num) + "' is not a number the checker reads; write digits, like 27000, 27,000 or 4.8";
    }

    private static String group(String digits) {
        try {
            return String.format(Locale.ROOT, "%,d", Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return digits;
        }
    }

    private record WordNumber(BigDecimal value, int length, double looseness, String implied, Unit.Dimension dimension) {
    }

    /** A number in words at the start of {@code l} (lower case), or null. */
    private static WordNumber wordNumber(String l) {
        for (Map.Entry<String, NumberWords.Bound> b : NumberWords.BOUNDS.entrySet()) {
            if (l.equals(b.getKey()) || l.startsWith(b.getKey() + " ")) {
                return new WordNumber(BigDecimal.valueOf(b.getValue().share()), b.getKey().length(), 0,
                        b.getValue().qualifier(), Unit.Dimension.PERCENT);
            }
        }
        Matcher aScale = A_SCALE.matcher(l);
        if (aScale.find()) {
            // "a million", "a billion": one of the scale, read with it.
            return new WordNumber(BigDecimal.ONE, aScale.end(1), 0, null, null);
        }
        Matcher oneIn = ONE_IN.matcher(l);
        if (oneIn.find()) {
            long n = count(oneIn.group(1));
            long of = count(oneIn.group(2));
            if (n > 0 && of > 1 && n <= of && of <= 1000) {
                return new WordNumber(percentOf(n, of), oneIn.end(), NumberWords.WORD_LOOSENESS, null, Unit.Dimension.PERCENT);
            }
        }
        Matcher fraction = FRACTION.matcher(l);
        if (fraction.find()) {
            String numerator = fraction.group(1);
            String denominator = fraction.group(2);
            long n = numerator == null || numerator.equals("a") || numerator.equals("an") ? 1 : count(numerator);
            int d = NumberWords.FRACTIONS.get(denominator);
            boolean plural = denominator.endsWith("s");
            // "half" alone, "a third", "two thirds"; not "thirds" alone or "two third".
            boolean ok = n > 0 && n < d && (numerator == null ? denominator.equals("half") : plural == (n > 1)
                    || denominator.equals("half") && n == 1);
            Matcher ofScale = FRACTION_OF_SCALE.matcher(l.substring(fraction.end()));
            Matcher ofPoint = FRACTION_OF_POINT.matcher(l.substring(fraction.end()));
            if (ok && ofPoint.find()) {
                // "a quarter point" is 0.25 points; "half a percent" is 0.5%.
                return new WordNumber(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64),
                        fraction.end() + ofPoint.end(), NumberWords.WORD_LOOSENESS, null,
                        ofPoint.group(2) != null ? Unit.Dimension.POINTS : Unit.Dimension.PERCENT);
            }
            if (ok && ofScale.find()) {
                // "half a million", "a quarter of a billion", "half a dozen": a fraction of a round number.
                BigDecimal scale = BigDecimal.valueOf(ofScale.group(1).equals("dozen") ? 12
                        : NumberWords.SCALES.get(ofScale.group(1)));
                return new WordNumber(scale.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64),
                        fraction.end() + ofScale.end(), NumberWords.WORD_LOOSENESS, null, null);
            }
            if (ok) {
                return new WordNumber(percentOf(n, d), fraction.end(), NumberWords.WORD_LOOSENESS, null, Unit.Dimension.PERCENT);
            }
        }
        Matcher wordsMatch = WORDS.matcher(l);
        if (wordsMatch.find()) {
            String first = WORD_BREAK.split(wordsMatch.group(1))[0];
            Double multiple = NumberWords.MULTIPLES.get(first);
            if (multiple != null) {
                return new WordNumber(BigDecimal.valueOf(multiple), first.length(), NumberWords.WORD_LOOSENESS, null,
                        Unit.Dimension.TIMES);
            }
            Matcher fold = WORD_FOLD.matcher(l);
            if (fold.find()) {
                long n = NumberWords.cardinal(fold.group(1));
                if (n > 1) {
                    return new WordNumber(BigDecimal.valueOf(n), fold.end(), NumberWords.WORD_LOOSENESS, null, Unit.Dimension.TIMES);
                }
            }
            // "two and a half", "one and a half million".
            Matcher andAHalf = AND_A_HALF.matcher(l);
            if (andAHalf.find()) {
                long n = NumberWords.cardinal(andAHalf.group(1));
                if (n >= 0) {
                    return new WordNumber(BigDecimal.valueOf(n).add(new BigDecimal("0.5")), andAHalf.end(), 0, null, null);
                }
            }
            // The longest run of words that spells a cardinal: "forty-two", "one hundred and twenty".
            String run = wordsMatch.group(1);
            List<Integer> ends = new ArrayList<>();
            Matcher word = LETTERS.matcher(run);
            while (word.find()) {
                ends.add(word.end());
            }
            for (int i = ends.size() - 1; i >= 0; i--) {
                long n = NumberWords.cardinal(run.substring(0, ends.get(i)));
                if (n >= 0) {
                    int end = ends.get(i);
                    String after = l.substring(end).strip();
                    if (after.startsWith("times") || after.startsWith("-fold")) {
                        return new WordNumber(BigDecimal.valueOf(n), after.startsWith("times") ? l.indexOf("times", end) + 5
                                : l.indexOf("-fold", end) + 5, NumberWords.WORD_LOOSENESS, null, Unit.Dimension.TIMES);
                    }
                    return new WordNumber(BigDecimal.valueOf(n), end, 0, null, null);
                }
            }
        }
        return null;
    }

    private static long count(String word) {
        if (DIGITS.matcher(word).matches()) {
            return word.length() > 9 ? -1 : Long.parseLong(word);
        }
        return NumberWords.cardinal(word);
    }

    private static BigDecimal percentOf(long n, long of) {
        return BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(of), MathContext.DECIMAL64);
    }

    // ---------------------------------------------------------------- quotes

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\d.,$])(?:[-+−](?=[$€£¥₹₦\\d]))?(?:" + DOLLAR_PREFIX + "\\s?|[$€£¥₹₦]\\s?|[A-Z]{3}\\s(?=\\d))?(?:\\.(?=\\d))?\\d"
                    + "|(?i)(?<![\\p{L}])(?:(?:a|an)(?=[\\s-]+(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth"
                    + "|tenth|hundred|thousand|million|billion|trillion|dozen|majority|minority)\\b)"
                    + "|the(?=\\s+majority\\b)|(?:more|less|fewer)(?=\\s+than\\s+half\\b)"
                    + "|(?:nearly|almost|virtually|practically)(?=\\s+all\\b)|hardly(?=\\s+any\\b)"
                    + "|(?:almost|virtually)(?=\\s+none\\b)"
                    + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                    + "seventy|eighty|ninety|hundred|half|twice|double|doubled|doubling|triple|tripled|tripling|treble|"
                    + "trebled|quadruple|quadrupled|quintuple|quintupled|sextupled|septupled|octupled|halved|halving"
                    + "|most|majority|vast|overwhelming|"
                    + "minority|dozen|[a-z]+fold)(?![\\p{L}])");
    private static final Pattern TOKEN = Pattern.compile("[^\\s]+");

    /** Words that can follow the start of a number in a quote and still be part of it or its unit. */
    private static final java.util.Set<String> CONTINUES = new java.util.HashSet<>(List.of(
            "and", "a", "an", "the", "in", "out", "of", "than", "half", "more", "less", "per", "cent", "percent", "pct",
            "%", "points", "point", "pp", "pts", "percentage", "times", "x", "fold", "-fold", "hundred", "dozen",
            "majority", "minority", "us", "dollars", "dollar", "euros", "euro", "pounds", "pound", "sterling", "naira",
            "yen", "rupees", "rupee", "yuan", "renminbi", "rand", "each", "every", "/", "year", "years", "cents", "cent",
            "pence", "penny", "basis", "bps", "bp", "degrees", "degree", "°c", "°f", "celsius", "fahrenheit", "all", "any", "none"));

    static {
        Unit.PEOPLE.forEach(p -> {
            CONTINUES.add(p);
            CONTINUES.add(Unit.plural(p));
        });
        CONTINUES.add("people");
        CONTINUES.addAll(NumberWords.CARDINALS.keySet());
        CONTINUES.addAll(NumberWords.FRACTIONS.keySet());
        CONTINUES.addAll(NumberWords.SCALES.keySet());
        CONTINUES.addAll(PERIODS.keySet());
        CURRENCY_CODES.forEach(code -> CONTINUES.add(code.toLowerCase(Locale.ROOT)));
    }

    /**
     * The numbers written in a quote, in order, each at its longest reading ("$39.3 billion", not
     * "$39.3"). Ranges are found end by end.
     */
    public static List<Found> scan(String quote) {
        String original = quote.replace('\u2212', '-').replace('\u00a0', ' ');
        // "$1-2 billion": a dash between two numbers separates them (a space keeps every offset). Most
        // sentences have no dash, and are not searched for one between numbers.
        String q = hasDash(original) ? RANGE_DASH.matcher(original).replaceAll(" ") : original;
        List<Found> found = new ArrayList<>();
        Matcher c = CANDIDATE.matcher(q);
        int from = 0;
        while (from < q.length() && c.find(from)) {
            int start = c.start();
            List<Integer> ends = tokenEnds(q, start, 6);
            if (ends.isEmpty() || ends.get(0) - start > 60) {
                // No number is written in sixty characters without a space.
                from = ends.isEmpty() ? q.length() : ends.get(0);
                continue;
            }
            // Only words that can be part of a number or its unit extend it: "$39.3 billion", not "$39.3 last".
            int longest = 1;
            if (ends.size() > 1 && CODE_TOKEN.matcher(q.substring(start, ends.get(0))).matches()) {
                longest = 2; // "CHF 91.4 billion": the code and the number
            }
            while (longest < ends.size()) {
                String word = withoutTrailingPunctuation(q.substring(ends.get(longest - 1), ends.get(longest)).strip()
                        .toLowerCase(Locale.ROOT));
                String previous = q.substring(longest > 1 ? ends.get(longest - 2) : start, ends.get(longest - 1)).strip()
                        .toLowerCase(Locale.ROOT);
                // "1 in 5", "9 out of 10": digits after "in" or "of" are part of the number.
                boolean denominator = DIGITS.matcher(word).matches() && (previous.equals("in") || previous.equals("of"));
                if (!CONTINUES.contains(word) && !denominator) {
                    break;
                }
                longest++;
            }
            Found best = null;
            for (int i = Math.min(longest, ends.size()) - 1; i >= 0 && best == null; i--) {
                for (String candidate : trimmed(q.substring(start, ends.get(i)))) {
                    best = at(q, start, candidate, candidate);
                    if (best != null) {
                        break;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                from = best.end();
                continue;
            }
            List<Found> readings = ambiguous(q, start);
            found.addAll(readings);
            from = readings.isEmpty() ? c.end() : readings.get(0).end();
        }
        return joinRanges(original, found);
    }

    /** Whether {@code s} has a dash {@link #RANGE_DASH} could replace. */
    private static boolean hasDash(String s) {
        return s.indexOf('-') >= 0 || s.indexOf('–') >= 0 || s.indexOf('—') >= 0;
    }

    private static final Pattern RANGE_DASH = Pattern.compile("(?<=\\d|\\d[kKmMbBT]|\\d(?:bn|mn|tn)|%)[-–—](?=[$€£¥₹₦]?\\d)");

    /**
     * The number written at {@code start} as {@code text} (or read as {@code reading}), marked as a
     * decrease when a word for one is right before it ("fell 4.8%") or after it ("a 5% cut"), and as
     * a level when "to" or "at" is before it ("fell to 3.5%"); null when it is not a number.
     */
    private static Found at(String q, int start, String text, String reading) {
        Read r = one(reading, UnitSpec.NONE, null, false);
        if (!r.ok()) {
            return null;
        }
        String before = q.substring(Math.max(0, start - 60), start).toLowerCase(Locale.ROOT);
        int end = start + text.length();
        if (ONE_IN_TEXT.matcher(text).find() && TIME_AFTER.matcher(q.substring(end, Math.min(q.length(), end + 40))).find()) {
            // "3 in 10 minutes" is three, not 30%.
            String first = text.substring(0, text.indexOf(' '));
            return at(q, start, first, first);
        }
        boolean level = LEVEL_BEFORE.matcher(before).find();
        Direction direction = level ? null : direction(before);
        Matcher comparative = COMPARATIVE_AFTER.matcher(q.substring(end, Math.min(q.length(), end + 12)));
        if (direction == null && comparative.find() && (r.amount().unit().isPercent() || r.amount().unit().isTimes()) && !r.amount().range()) {
            // "40% higher" is 1.4 times, "26% lower" 0.74 times: read with the word that says so.
            Read compared = one(reading + " " + comparative.group(1), UnitSpec.NONE, null, false);
            if (compared.ok()) {
                int to = end + comparative.end();
                return new Found(compared.amount(), compared.faceLow(), q.substring(start, to), start, to, level,
                        false, qualifierAround(before, q.substring(end, Math.min(q.length(), end + 12))));
            }
        }
        if (before.endsWith("minus ") && r.amount().low() > 0) {
            // "minus 15 degrees".
            Read negative = negate(r);
            return new Found(negative.amount(), negative.faceLow(), text, start, end, level, false,
                    qualifierAround(before, q.substring(end, Math.min(q.length(), end + 12))));
        }
        Matcher fallAfter = FALL_AFTER.matcher(q.substring(end, Math.min(q.length(), end + 40)).toLowerCase(Locale.ROOT));
        Amount a = r.amount();
        // A window, not the rest of the quote: a quote of a million numbers is read in linear time.
        Matcher noun = NOUN_AFTER.matcher(q.substring(end, Math.min(q.length(), end + 200)));
        if (a.unit().none() && !a.converted() && noun.find() && !NOT_A_UNIT.contains(noun.group(1).toLowerCase(Locale.ROOT))) {
            // "26 miles", "27,000 jobs": the thing counted is the number's unit, so a plain stated number takes it.
            Read counted = one(reading + " " + noun.group(1), UnitSpec.NONE, null, true);
            if (counted.ok() && counted.amount().unit().dimension() == Unit.Dimension.COUNT) {
                a = counted.amount();
            }
        }
        double face = r.faceLow();
        boolean fall = direction != null && direction.fall();
        boolean after = !fall && !level && fallAfter.find();
        if (!a.range() && a.low() > 0 && (fall || after)) {
            String word = after ? (fallAfter.group(1) != null ? fallAfter.group(1) : fallAfter.group(2)) : direction.word();
            a = a.asDecrease(word.startsWith("los") ? "loss" : "fall");
            face = -face;
        }
        return new Found(a, face, text, start, end, level, direction != null && !direction.fall(),
                qualifierAround(before, q.substring(end, Math.min(q.length(), end + 12))));
    }

    private static final Pattern QUALIFIER_BEFORE = Pattern.compile("(?i)\\b(no fewer than|not more than|not less than"
            + "|never more than|never less than|did not reach|didn't reach|fell short of|short of|just shy of|shy of"
            + "|just over|just under|more than|less than|fewer than|higher than|greater than|lower than|at least|at most"
            + "|up to|no more than|no less than|as many as|as much as|as little as|as few as|close to|upwards of"
            + "|north of|south of|in excess of|topped|exceeded|exceeding|over|under|nearly|almost|about|around"
            + "|approximately|roughly|some|below|above)\\s+(?:a |an )?$");
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("(?i)^\\s*(?:-|\\s)(or more|or above|or higher|or less"
            + "|or fewer|or below|or lower|plus)\\b");

    /** "added up to", "adds up to", "summed up to": a verb with "up", not the qualifier "up to". */
    private static final Pattern UP_AS_PARTICLE = Pattern.compile("(?i)\\b(add|adds|added|adding|sum|sums|summed"
            + "|summing|total|totals|totalled|totaled|come|comes|came|coming|stack|stacks|stacked|mount|mounts|mounted"
            + "|tot|tots|totted|rack|racks|racked|tally|tallies|tallied)\\s+up to\\s+(?:a |an )?$");

    /** A qualifier right before a number in a quote ("over 60%", "nearly tripled"), or null. */
    private static String qualifierBefore(String before) {
        Matcher m = QUALIFIER_BEFORE.matcher(before);
        if (!m.find()) {
            return null;
        }
        String q = m.group(1).toLowerCase(Locale.ROOT);
        return q.equals("up to") && UP_AS_PARTICLE.matcher(before).find() ? null : q;
    }

    /** A qualifier right before or after a number: "over 60%", "1,000 or more", "5,000-plus"; or null. */
    private static String qualifierAround(String before, String after) {
        String q = qualifierBefore(before);
        if (q != null) {
            return q;
        }
        Matcher m = QUALIFIER_AFTER.matcher(after);
        return m.find() ? (m.group(1).equalsIgnoreCase("plus") ? "or more" : m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** A word for a rise or a fall that governs the number after it, and how far before the number it starts. */
    private record Direction(String word, boolean fall) {
    }

    private static final java.util.Set<String> FALL_WORDS = java.util.Set.of(FALL_VERBS.split("\\|"));
    private static final java.util.Set<String> RISE_WORDS = java.util.Set.of(RISE_VERBS.split("\\|"));
    private static final java.util.Set<String> FALL_NOUN_WORDS = java.util.Set.of(FALL_NOUNS.split("\\|"));
    private static final java.util.Set<String> RISE_NOUN_WORDS = java.util.Set.of("rise", "increase", "growth", "gain",
            "jump", "boost", "profit", "surplus");
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("and", "but", "while", "where", "that",
            "which", "who", "whose", "when", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?()\\[\\]]|,\\s");

    /**
     * The nearest word for a rise or a fall in the few words before a number, in the same clause:
     * "fell 26%", "fell by an estimated 26%", "cut waiting times by 40%", "a loss of $2 billion",
     * "rose 26%". A noun counts only before "of" or "by" ("the loss halved" is not a fall of half);
     * "to", "at" and "from" end the search, since the number after them is a level.
     */
    private static Direction direction(String before) {
        Matcher clause = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (clause.find()) {
            clauseStart = clause.end();
        }
        String text = before.substring(clauseStart);
        String[] words = SPACES.split(text.strip());
        int seen = 0;
        for (int i = words.length - 1; i >= 0 && seen < 6; i--, seen++) {
            String w = withoutTrailingPunctuation(words[i]);
            String previous = i > 0 ? words[i - 1] : "";
            String next = i + 1 < words.length ? words[i + 1] : "";
            boolean qualifierWord = w.equals("to") && (previous.equals("up") || previous.equals("close"))
                    || w.equals("at") && (next.equals("least") || next.equals("most"))
                    || w.equals("up") && next.equals("to");
            if (qualifierWord) {
                continue; // "fell by up to 20%", "fell at least 20%"
            }
            if (w.equals("to") || w.equals("at") || w.equals("from")) {
                return null;
            }
            if (CLAUSE_WORDS.contains(w)) {
                // "prices dropped and profits were $39.3 billion": another clause's verb.
                return null;
            }
            boolean nounPlace = false;
            for (int j = i + 1; j < words.length; j++) {
                nounPlace |= words[j].equals("of") || words[j].equals("by");
            }
            String noun = w.endsWith("es") && FALL_NOUN_WORDS.contains(w.substring(0, w.length() - 2))
                    ? w.substring(0, w.length() - 2) : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            boolean fall = FALL_WORDS.contains(w) || nounPlace && (FALL_NOUN_WORDS.contains(w) || FALL_NOUN_WORDS.contains(noun));
            boolean rise = RISE_WORDS.contains(w) || nounPlace && (RISE_NOUN_WORDS.contains(w) || RISE_NOUN_WORDS.contains(noun));
            if (fall || rise) {
                return new Direction(fall ? (FALL_NOUN_WORDS.contains(noun) ? noun : w) : w, fall);
            }
        }
        return null;
    }

    private static final Pattern AMBIGUOUS_TOKEN = Pattern.compile("^([-+]?[$€£¥₹₦]?)(\\d[\\d.,]*\\d)(\\S*)$");

    /**
     * Both readings of a number whose separator is ambiguous ("52.000" is 52,000 or 52; "1,5" is
     * 1.5): the claim's stated number, which must be written unambiguously, says which is meant.
     */
    private static List<Found> ambiguous(String q, int start) {
        Matcher t = TOKEN.matcher(q);
        if (!t.find(start)) {
            return List.of();
        }
        String token = withoutTrailingPunctuation(t.group());
        Matcher m = AMBIGUOUS_TOKEN.matcher(token);
        if (!m.matches() || number(m.group(2)) != null) {
            return List.of();
        }
        String num = m.group(2);
        List<String> readings = new ArrayList<>();
        readings.add(num.replace(".", "").replace(",", "."));
        if (num.indexOf(',') < 0 && num.indexOf('.') == num.lastIndexOf('.')) {
            readings.add(num + "0"); // 52.000 as a decimal: 52 (the extra zero only gets past the check)
        }
        List<Found> found = new ArrayList<>();
        for (String reading : readings) {
            Found f = at(q, start, token, m.group(1) + reading + m.group(3));
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    private static final Pattern RANGE_BETWEEN_NUMBERS = Pattern.compile("^\\s*(?:-|–|—|to)\\s*$");

    /**
     * A range's low end written without the scale or unit its high end gives both ("$1-2 billion",
     * "20 to 30%") is read with them.
     */
    private static List<Found> joinRanges(String q, List<Found> found) {
        List<Found> joined = new ArrayList<>(found);
        for (int i = 0; i + 1 < joined.size(); i++) {
            Found low = joined.get(i);
            Found high = joined.get(i + 1);
            if (high.start() < low.end() || !RANGE_BETWEEN_NUMBERS.matcher(q.substring(low.end(), high.start())).matches()) {
                continue;
            }
            String unit = trailing(high.text());
            if (!trailing(low.text()).isEmpty() || unit.isEmpty()) {
                continue;
            }
            Found scaled = at(q, low.start(), low.text(), low.text() + " " + unit);
            if (scaled != null) {
                joined.set(i, scaled);
            }
        }
        return joined;
    }

    private static final Pattern PERIOD_PHRASE = Pattern.compile("(?i)\\b(?:(?:a|an|per|each|every)\\s+|/\\s*)"
            + "(?:year|month|week|day|hour|quarter|annum)\\b|\\b(?:annually|yearly|monthly|weekly|daily|hourly|quarterly)\\b");

    private static final Pattern PERIOD_ANYWHERE = Pattern.compile("(?i)\\b(monthly|weekly|annually|yearly|quarterly|daily"
            + "|hourly|(?:each|every|per) (?:month|week|year|quarter|day)|a (?:month|week|year|day)|an hour|per hour"
            + "|per annum)\\b(?!\\s+(?:ago|earlier|before|later|after|on)\\b)");

    /** A word for a period anywhere in a quote ("a monthly top-up", "each month"), or null. */
    public static String periodIn(String quote) {
        Matcher m = PERIOD_ANYWHERE.matcher(quote);
        return m.find() ? m.group(1) : null;
    }

    /** The period a word for one names: "monthly" is a month, "each week" a week. */
    static String periodNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String p : List.of("month", "week", "quarter", "day", "hour")) {
            if (w.contains(p) || p.equals("day") && w.equals("daily") || p.equals("hour") && w.equals("hourly")) {
                return p;
            }
        }
        return "year";
    }

    /** The words for the period of a number a quote writes: "a month" in "₦70,000 a month"; or null. */
    static String period(Found found) {
        if (found.amount().unit().period() == null) {
            return null;
        }
        Matcher m = PERIOD_PHRASE.matcher(trailing(found.text()));
        return m.find() ? m.group() : null;
    }

    /** The numbers a quote writes, for a message: "87%, $27,000", or "none". */
    public static String numbersIn(String quote) {
        List<Found> found = scan(quote);
        return found.isEmpty() ? "none" : String.join(", ", found.stream().map(Found::text).toList());
    }

    /** The ranges a quote writes: "between $390,000 and $900,000", "$132,300 – $245,700", "$1-2 billion". */
    public static List<Read> ranges(String quote) {
        return ranges(quote, scan(quote));
    }

    /** The ranges a quote writes, given the numbers {@link #scan} finds in it: a caller that has them reads them once. */
    static List<Read> ranges(String quote, List<Found> found) {
        String q = quote.replace('\u2212', '-').replace('\u00a0', ' ');
        List<Read> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < found.size(); i++) {
            Found low = found.get(i);
            Found high = found.get(i + 1);
            if (high.start() < low.end()) {
                continue;
            }
            String between = q.substring(low.end(), high.start());
            boolean written = RANGE_BETWEEN_NUMBERS.matcher(between).matches() || between.strip().equals("and")
                    && q.substring(Math.max(0, low.start() - 8), low.start()).toLowerCase(Locale.ROOT).endsWith("between ");
            if (written) {
                Read r = range(new Read(low.amount(), null, low.face(), low.face()),
                        new Read(high.amount(), null, high.face(), high.face()), q.substring(low.start(), high.end()));
                if (r.ok()) {
                    ranges.add(r);
                }
            }
        }
        return ranges;
    }

    /** The end offsets of the next {@code max} tokens from {@code start}. */
    private static List<Integer> tokenEnds(String q, int start, int max) {
        List<Integer> ends = new ArrayList<>();
        Matcher t = TOKEN.matcher(q);
        int at = start;
        while (ends.size() < max && t.find(at)) {
            ends.add(t.end());
            at = t.end();
        }
        return ends;
    }

    /** A span, and the same without trailing punctuation. */
    private static List<String> trimmed(String span) {
        String bare = withoutTrailingPunctuation(span);
        return bare.equals(span) || bare.isEmpty() ? List.of(span) : List.of(bare, span);
    }

    /** {@code text} without the punctuation and spaces at its end (a loop, not a regex: no backtracking). */
    static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && TRAILING_CHARACTERS.indexOf(text.charAt(end - 1)) >= 0
                || end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static final String TRAILING_CHARACTERS = ",.;:!?)]}\"”’'(–—…-";
}
