package factcheck.report;

import factcheck.verdict.ClaimResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML report in a real browser: headless Chromium builds the page's DOM and takes a
 * screenshot. Each test is skipped, with the reason, where Chromium is not installed, and fails
 * under CI=true ({@link RequiresChromium}). With -Dfactcheck.updateScreenshot=true the screenshot
 * is kept as docs/report.png.
 */
@ExtendWith(RequiresChromium.class)
class HtmlReportBrowserTest {

    private static Path chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() {
        chromium = RequiresChromium.find(java.util.Optional.ofNullable(System.getProperty(RequiresChromium.CHROMIUM)));
    }

    /** Runs headless Chromium on a page with the given extra arguments; returns what it printed. */
    private String chromium(Path page, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(List.of(args));
        command.add(page.toUri().toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        return out;
    }

    private Path page(String name, Report report) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, Format.html.render(report));
        return file;
    }

    @Test
    void everyClaimIsHighlightedWithItsVerdictInTheBrowsersDom() throws Exception {
        Report report = HtmlReportTest.report(factcheck.TestFiles.BUNDLED_CLAIMS);
        String dom = chromium(page("report.html", report), "--dump-dom");
        assertTrue(dom.contains("<main>"), "Chromium rendered the page: " + dom);
        for (ClaimResult c : report.claims()) {
            String id = c.claim().id();
            String css = "v-" + c.verdict().name().toLowerCase().replace('_', '-');
            Matcher mark = Pattern.compile("<mark class=\"" + css + " t[0-3]\" data-claim=\"" + Pattern.quote(id) + "\"")
                    .matcher(dom);
            assertTrue(mark.find(), "a highlight of " + id + " in the DOM");
            Matcher label = Pattern.compile("<a class=\"label " + css + "\" id=\"quote-" + Pattern.quote(id)
                    + "\" href=\"#" + Pattern.quote(id) + "\" data-claim=\"" + Pattern.quote(id) + "\">([^<]+)</a>")
                    .matcher(dom);
            assertTrue(label.find(), "a label for " + id + " in its verdict's colour");
            assertEquals(c.verdict().label(), label.group(1), "the verdict in words for " + id);
        }
    }

    @Test
    void theSummaryComesBeforeTheArticleAndEveryCountLinksToItsClaims() throws Exception {
        Report report = HtmlReportTest.report(factcheck.TestFiles.BUNDLED_CLAIMS);
        String dom = chromium(page("report.html", report), "--dump-dom");
        int summary = dom.indexOf("<p class=\"summary\">");
        int article = dom.indexOf("<article ");
        int text = dom.indexOf("<section class=\"text\"");
        assertTrue(summary > 0 && article > summary && text > article, "the summary comes before the article: " + dom);
        String counts = dom.substring(summary, dom.indexOf("</p>", summary));
        int linked = 0;
        for (var v : Report.SUMMARY_ORDER) {
            String css = "v-" + v.name().toLowerCase().replace('_', '-');
            int n = report.counts().get(v);
            Matcher count = Pattern.compile("<a class=\"badge " + css + "\" href=\"#([^\"]+)\">" + n + " "
                    + Pattern.quote(v.label()) + "</a>").matcher(counts);
            if (n == 0) {
                assertFalse(count.find(), "a count of 0 links nowhere: " + counts);
                continue;
            }
            assertTrue(count.find(), "the count of " + v + " is a link: " + counts);
            // The link leads to a list of that verdict's claims: each an entry in the page, with that verdict.
            String target = "id=\"" + count.group(1) + "\"";
            int list = dom.indexOf(target);
            assertTrue(list > summary && list < article, "the count's target is before the article: " + target);
            String listed = dom.substring(list, dom.indexOf("</section>", list));
            Matcher claim = Pattern.compile("<a href=\"#([^\"]+)\">").matcher(listed);
            int claims = 0;
            while (claim.find()) {
                claims++;
                assertTrue(dom.contains("<li class=\"claim " + css + "\" id=\"" + claim.group(1) + "\">"),
                        "the count of " + v + " links to the claim " + claim.group(1));
            }
            assertEquals(n, claims, "the count of " + v + " lists as many claims");
            linked += claims;
        }
        assertEquals(report.claims().size(), linked, "every claim is reached from a count");
    }

    @Test
    void hostileInputRunsNothingAndCreatesNoElement() throws Exception {
        String dom = chromium(page("hostile.html", HtmlReportTest.report(Path.of("src/test/resources/hostile/hostile.yaml"))),
                "--dump-dom");
        assertTrue(dom.contains("<main>"), "Chromium rendered the page: " + dom);
        // What the payloads would create: a script, an image, an svg, an iframe, a bold element,
        // a javascript: link, or the attribute their code sets on the body.
        for (String element : List.of("<script", "<img", "<svg", "<iframe", "<b ", "<b>", "href=\"javascript")) {
            assertFalse(dom.contains(element), element + " exists in the DOM");
        }
        assertFalse(Pattern.compile("<[a-z]+[^<>]*\\sdata-pwned=").matcher(dom).find(), "a payload ran");
        assertTrue(dom.contains("&lt;img src=x onerror="), "the payload is shown as text");
    }

    @Test
    void theScreenshotShowsThePage() throws Exception {
        Path shot = tmp.resolve("report.png");
        chromium(page("report.html", HtmlReportTest.report(factcheck.TestFiles.BUNDLED_CLAIMS)), "--window-size=1100,1600",
                "--hide-scrollbars", "--screenshot=" + shot);
        assertTrue(Files.size(shot) > 0, "a screenshot was written");
        BufferedImage image = ImageIO.read(shot.toFile());
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) inked++;
            }
        }
        long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
        assertTrue(inked * 100 / sampled >= 3, "the page is not blank: " + inked + " of " + sampled + " pixels inked");
        assertTrue(colours.size() > 50, "text and highlights in several colours: " + colours.size());
        if (Boolean.getBoolean("factcheck.updateScreenshot")) {
            Files.copy(shot, Path.of("docs/report.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
