package factcheck.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated articles for the benchmarks: {@code ARTICLES} claims files of {@code CLAIMS}
 * claims each, with their texts, into {@code DIR}. The claims are a mix of the common kinds
 * (a ratio with a qualifier, a value with its unit, a share, a change, a range), each true or
 * false by turns, quoted from the article's text, so reading, quote matching, firing and
 * deciding all do their usual work.
 *
 * <p>Usage: {@code Generate DIR ARTICLES CLAIMS}
 */
public final class Generate {
    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int claims = Integer.parseInt(args[2]);
        write(dir, articles, claims);
    }

    /** Writes the articles into {@code dir} (created if missing) as a0001.yaml with a0001.txt, ... */
    public static void write(Path dir, int articles, int claims) throws IOException {
        Files.createDirectories(dir);
        for (int a = 1; a <= articles; a++) {
            String name = String.format("a%05d", a);
            try (Writer yaml = Files.newBufferedWriter(dir.resolve(name + ".yaml"), StandardCharsets.UTF_8);
                 Writer text = Files.newBufferedWriter(dir.resolve(name + ".txt"), StandardCharsets.UTF_8)) {
                article(name, claims, yaml, text);
            }
        }
    }

    private static void article(String name, int n, Writer yaml, Writer text) throws IOException {
        yaml.write("article:\n  id: " + name + "\n  title: Generated article " + name + "\n  text: " + name
                + ".txt\nfigures:\n"
                + "  - {id: pay, range: [390000, 900000], source: Posting}\n"
                + "  - {id: threshold, value: 26470, source: Plan}\n"
                + "  - {id: share, value: 12.7, source: Union}\n"
                + "  - {id: before, value: 1200, source: Census 2019}\n"
                + "  - {id: after, value: 1500, source: Census 2023}\n"
                + "claims:\n");
        text.write("Generated article " + name + ".\n\n");
        for (int i = 0; i < n; i++) {
            boolean odd = i % 2 == 1;
            String says;
            String body;
            switch (i % 5) {
                case 0 -> {
                    says = odd ? "over 40x the minimum" : "over 33x the minimum";
                    body = "kind: ratio, stated: " + (odd ? "40x" : "33x")
                            + ", qualifier: over, figures: {numerator: pay, denominator: threshold}";
                }
                case 1 -> {
                    says = odd ? "the $27,000 minimum" : "the $26,000 minimum";
                    body = "kind: value, stated: \"" + (odd ? "$27,000" : "$26,000") + "\", figures: {reference: threshold}";
                }
                case 2 -> {
                    says = odd ? "87% of members" : "60% of members";
                    body = "kind: share, stated: " + (odd ? "87%" : "60%") + ", figures: {complement: share}";
                }
                case 3 -> {
                    says = odd ? "a rise of 25%" : "a rise of 40%";
                    body = "kind: change, stated: " + (odd ? "25%" : "40%") + ", figures: {from: before, to: after}";
                }
                default -> {
                    says = odd ? "about $26,000" : "about $30,000";
                    body = "kind: value, stated: \"" + (odd ? "$26,000" : "$30,000")
                            + "\", qualifier: about, figures: {reference: threshold}";
                }
            }
            String quote = "Claim " + i + " says " + says;
            text.write(quote + ".\n");
            yaml.write("  - {id: " + name + "-" + i + ", quote: \"" + quote + "\", " + body + "}\n");
        }
    }
}
