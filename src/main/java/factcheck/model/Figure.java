package factcheck.model;

import java.util.Objects;

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
 */
public record Figure(String articleId, String id, Amount amount, String unit, String source,
                     String url, String asOf, String note, Location where) {

    /** The source that marks a figure as the article's own. */
    public static final String ARTICLE_SOURCE = "article";

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the only source of this figure is the article being checked. */
    public boolean fromArticle() {
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
