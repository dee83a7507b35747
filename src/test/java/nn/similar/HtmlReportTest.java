package nn.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report's structure, parsed (not compared as text), and a look at it in a real browser. */
class HtmlReportTest {
    static Result result() {
        SyntheticClass.Student leader = SyntheticClass.student(200);
        List<Submission> subs = List.of(
                PlantedClassTest.submission("ann", leader.text()),
                PlantedClassTest.submission("ben", Disguises.rename(Disguises.reorder(leader))),
                PlantedClassTest.submission("cat", Disguises.deadStatements(leader.text())),
                PlantedClassTest.submission("dan <script>", SyntheticClass.student(7).text()));
        return Comparison.run(subs, PlantedClassTest.submission("starter", SyntheticClass.STARTER), Settings.defaults());
    }

    @Test void theReportHasTheGroupsTheTableAndEachPairSideBySide() {
        Result r = result();
        Document doc = Jsoup.parse(HtmlReport.render(r));
        assertEquals(List.of("ann, ben, cat"), doc.select("#groups li.group").stream()
                .map(li -> String.join(", ", li.select(".member").eachText())).toList());
        List<Element> rows = doc.select("table.pairs tbody tr");
        assertEquals(r.pairs().size(), rows.size());
        assertEquals(3, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            Element section = doc.getElementById("pair-" + (i + 1));
            assertTrue(section != null, "the row links to a section");
            assertEquals("#pair-" + (i + 1), row.select("a").first().attr("href"));
            assertEquals(2, section.select(".side").size());
            assertEquals(r.pairs().get(i).regions().size(), section.select("ol.regions li").size());
            // every region is highlighted on both sides, in the same colour
            for (int k = 1; k <= r.pairs().get(i).regions().size(); k++) {
                Set<String> colours = new HashSet<>();
                for (Element side : section.select(".side")) {
                    List<Element> lines = side.select(".line[data-region=" + k + "]");
                    assertFalse(lines.isEmpty(), "region " + k + " is marked on both sides of pair " + (i + 1));
                    lines.forEach(l -> colours.add(l.className()));
                }
                assertEquals(1, colours.size(), "one colour for region " + k + ": " + colours);
            }
        }
    }

    @Test void theReportSpeaksTheChosenLanguage() {
        Result r = result();
        Document en = Jsoup.parse(HtmlReport.render(r));
        assertEquals("en", en.select("html").attr("lang"));
        assertEquals("nn similar: 4 submissions", en.title());
        assertEquals(List.of("Groups of three or more", "Pairs"), en.select("section > h2").eachText().subList(0, 2));
        assertEquals(List.of("#", "a", "b", "similarity", "matched a", "matched b", "regions"), en.select("thead th").eachText());
        assertTrue(en.select("p.summary").text().startsWith("4 submissions, 6 pairs compared; 3 at or above "), en.select("p.summary").text());
        assertTrue(en.select("ol.regions li").first().text().matches("\\d+ tokens: .+ ~ .+"));
        assertTrue(en.select("#pair-1 h2").text().matches("1\\. \\S+ ~ \\S+ — similarity \\d\\.\\d\\d"), en.select("#pair-1 h2").text());
        nn.i18n.Messages.use(nn.i18n.Lang.ES);
        try {
            Document es = Jsoup.parse(HtmlReport.render(r));
            assertEquals("es", es.select("html").attr("lang"));
            assertEquals("nn similar: 4 entregas", es.title());
            assertEquals("Entregas parecidas", es.select("h1").text());
            assertEquals(List.of("Grupos de tres o más", "Pares"), es.select("section > h2").eachText().subList(0, 2));
            assertEquals(List.of("#", "a", "b", "similitud", "coincide a", "coincide b", "regiones"), es.select("thead th").eachText());
            assertTrue(es.select("p.summary").text().startsWith("4 entregas, 6 pares comparados; 3 con "), es.select("p.summary").text());
            assertTrue(es.select("p.measure").text().startsWith("similitud = huellas compartidas"));
            assertTrue(es.select("li.group").text().matches(".* — 3 pares, mínima \\d\\.\\d\\d, media \\d\\.\\d\\d"), es.select("li.group").text());
            assertTrue(es.select("#pair-1 h2").text().matches("1\\. \\S+ ~ \\S+ — similitud \\d\\.\\d\\d"), es.select("#pair-1 h2").text());
        } finally {
            nn.i18n.Messages.use(nn.i18n.Lang.EN);
        }
    }

    @Test void theReportIsSelfContainedAndEscapesWhatItQuotes() {
        Document doc = Jsoup.parse(HtmlReport.render(result()));
        assertTrue(doc.select("script, link, img, iframe, object").isEmpty(), "no external resources or scripts");
        assertFalse(doc.select("style").html().contains("url("), "no fonts or images from elsewhere");
        assertEquals("utf-8", doc.select("meta[charset]").attr("charset"));
    }

    @Test void theDeadStatementsOfACopyAreNotHighlighted() {
        Result r = result();
        Document doc = Jsoup.parse(HtmlReport.render(r));
        for (Element line : doc.select(".line[data-region]"))
            assertFalse(line.text().matches("\\d+\\s*(unused = 0|tmp = 3 \\* 4|debug = \"here\").*"), line.text());
    }

    /** Debian's chromium draws the report; the screenshot is kept in target/ as an artefact to look at. */
    @Test void chromiumRendersTheHighlights() throws Exception {
        String browser = Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium"
                : Files.isExecutable(Path.of("/usr/bin/chromium-browser")) ? "/usr/bin/chromium-browser" : null;
        if (browser == null) System.out.println("chromium is not installed (apt-get install chromium): skipping the screenshot");
        assumeTrue(browser != null, "chromium is not installed");
        Path html = Path.of("target", "similar-report.html").toAbsolutePath();
        Path png = Path.of("target", "similar-report.png").toAbsolutePath();
        Files.createDirectories(html.getParent());
        Files.writeString(html, HtmlReport.render(result()));
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("nn-chromium");
        Process p = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--window-size=1400,1800", "--screenshot=" + png, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(new File("target/similar-chromium.log")).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() > 1000, "a screenshot was written");
        Set<Integer> highlight = new HashSet<>();
        for (String c : HtmlReport.COLOURS) highlight.add(Integer.parseInt(c.substring(1), 16));
        int marked = 0;
        for (int y = 0; y < image.getHeight(); y += 2)
            for (int x = 0; x < image.getWidth(); x += 2) if (highlight.contains(image.getRGB(x, y) & 0xffffff)) marked++;
        System.out.println("screenshot " + png + ": " + marked + " sampled pixels in highlight colours");
        assertTrue(marked > 1000, "the matching regions are drawn in their colours");
    }
}
