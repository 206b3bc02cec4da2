package factcheck.model;

import java.util.Objects;

/**
 * One value of a figure over time: "26,470 in 2023". The value is in force from the start of its
 * date until the start of the next one.
 *
 * @param date   when it is in force from, to the precision written
 * @param amount the value, or a range
 */
public record Dated(DateSpan date, Amount amount) {
    public Dated {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
