package factcheck.model;

import java.util.Objects;

/**
 * An article whose claims are checked.
 *
 * @param id        short id, unique across the claims files of a run
 * @param title     headline
 * @param outlet    who published it
 * @param url       where it was published, may be null
 * @param published publication date as written (2023-07-19, or 2023-07 to the month), may be null
 * @param textPath  path of the article's text, as given in the claims file
 * @param text      the article's text, read from textPath
 */
public record Article(String id, String title, String outlet, String url, String published,
                      String textPath, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** The publication date, read; null when none is given (the loader rejects one it cannot read). */
    public DateSpan publishedDate() {
        return DateSpan.parse(published);
    }
}
