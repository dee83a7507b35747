package nn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG plots: valid XML from the same marks as the PNG, at the PNG's pixel coordinates, compact. */
class SvgPlotTest {
    @TempDir Path dir;

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", d.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
        return d;
    }

    private static List<Element> elements(Document d, String name) {
        NodeList nodes = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    private static double num(Element e, String attr) { return Double.parseDouble(e.getAttribute(attr)); }

    @Test void aLossCurveIsOnePolylineAtThePngsCoordinates() throws Exception {
        double[] losses = new double[5000];
        for (int i = 0; i < losses.length; i++) losses[i] = 1.0 / (1 + i);
        LossPlot.Options o = LossPlot.Options.DEFAULT.withTitle("sse loss of net");
        Path file = dir.resolve("loss.svg");
        LossPlot.write(List.of(Series.of("", losses)), o, file);
        String svg = Files.readString(file);
        Document d = parse(svg);
        assertEquals("640", d.getDocumentElement().getAttribute("width"));
        assertEquals("400", d.getDocumentElement().getAttribute("height"));
        List<Element> lines = elements(d, "polyline");
        assertEquals(1, lines.size(), "5000 epochs are one polyline, not 5000 elements");
        String[] points = lines.get(0).getAttribute("points").split(" ");
        assertEquals(5000, points.length);
        int w = 640 - LossPlot.LEFT - LossPlot.RIGHT;
        assertEquals(LossPlot.LEFT, Double.parseDouble(points[0].split(",")[0]), 1e-9, "the first epoch sits on the y axis");
        assertEquals((double) LossPlot.LEFT + w, Double.parseDouble(points[4999].split(",")[0]), 1e-9, "the last at the right edge");
        assertTrue(svg.length() < 120_000, "compact: " + svg.length() + " characters");
        Element curve = (Element) lines.get(0).getParentNode();
        assertEquals("#1f77b4", curve.getAttribute("stroke"));
        assertEquals("2", curve.getAttribute("stroke-width"));

        int h = 400 - LossPlot.TOP - LossPlot.BOTTOM;
        List<Element> axes = elements(d, "line");
        assertEquals(2, axes.size());
        assertEquals(List.of(64.0, 358.0, 620.0, 358.0), List.of(num(axes.get(0), "x1"), num(axes.get(0), "y1"),
                num(axes.get(0), "x2"), num(axes.get(0), "y2")), "the epoch axis along the bottom of the plot area");
        assertEquals(LossPlot.TOP + h, (int) num(axes.get(0), "y1"));
        List<String> texts = elements(d, "text").stream().map(Element::getTextContent).toList();
        assertTrue(texts.containsAll(List.of("epoch", "loss", "sse loss of net", "0", "5000")), texts.toString());
        Element epoch = elements(d, "text").stream().filter(t -> t.getTextContent().equals("epoch")).findFirst().orElseThrow();
        assertEquals(400 - 14 + BitmapFont.height(1), (int) num(epoch, "y"), "the bitmap label's baseline");
        assertEquals(BitmapFont.width("epoch", 1), (int) num(epoch, "textLength"));
    }

    @Test void aGapInTheLossBreaksTheCurveAndSeveralCurvesGetALegend() throws Exception {
        Series a = Series.of("tanh", new double[] {1, 0.5, Double.NaN, 0.3, 0.2});
        Series b = Series.of("relu", new double[] {0.9, 0.4, 0.3, 0.2, 0.1});
        Document d = parse(SvgWriter.svg(LossPlot.figure(List.of(a, b), LossPlot.Options.DEFAULT)));
        List<Element> groups = elements(d, "g");
        assertEquals(2, groups.size());
        assertEquals("tanh", groups.get(0).getAttribute("data-name"));
        assertEquals(2, groups.get(0).getElementsByTagNameNS("*", "polyline").getLength(), "NaN breaks the line");
        assertEquals("#ff7f0e", groups.get(1).getAttribute("stroke"));
        List<String> texts = elements(d, "text").stream().map(Element::getTextContent).toList();
        assertTrue(texts.contains("tanh") && texts.contains("relu"), texts.toString());
        assertTrue(elements(d, "rect").stream().anyMatch(r -> r.getAttribute("fill").equals("#ff7f0e")
                && r.getAttribute("width").equals("12")), "the legend's swatch");
    }

    @Test void boundaryRegionsPointsTicksAndTitleAtTheirPixels() throws Exception {
        Plane square = new Plane(-1, -1, 1, 1);
        Classifier rightHalf = pts -> {
            int[] out = new int[pts.rows()];
            for (int i = 0; i < out.length; i++) out[i] = pts.get(i, 0) > 0 ? 1 : 0;
            return out;
        };
        LabelledPoints points = new LabelledPoints(Matrix.of(new double[] {0.5, 0.5}), new int[] {1});
        Figure f = BoundaryPlot.figure(List.of(new Panel("x > 0 & <fires>", rightHalf)), square, points, BoundaryPlot.Options.DEFAULT);
        Document d = parse(SvgWriter.svg(f));

        Element circle = elements(d, "circle").get(0);
        assertEquals(44 + 0.75 * 300, num(circle, "cx"), 1e-9);
        assertEquals(BoundaryPlot.PAD_TOP + 0.25 * 300, num(circle, "cy"), 1e-9);
        assertEquals("#ff7f0e", circle.getAttribute("fill"));
        assertEquals("3.5", circle.getAttribute("r"));

        Element regions = elements(d, "image").get(0);
        assertEquals(List.of("44", Integer.toString(BoundaryPlot.PAD_TOP), "300", "300"), List.of(regions.getAttribute("x"), regions.getAttribute("y"),
                regions.getAttribute("width"), regions.getAttribute("height")));
        String href = regions.getAttribute("href");
        assertTrue(href.startsWith("data:image/png;base64,"));
        BufferedImage raster = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1))));
        assertEquals(0xbcd6e9, raster.getRGB(10, 150) & 0xffffff, "class 0's tint on the left");
        assertEquals(0xffd9b7, raster.getRGB(290, 150) & 0xffffff, "class 1's tint on the right");

        List<String> texts = elements(d, "text").stream().map(Element::getTextContent).toList();
        assertTrue(texts.contains("x > 0 & <fires>"), "the title, escaped in the file and read back: " + texts);
        assertTrue(texts.containsAll(List.of("-1", "0", "1")), texts.toString());
        Element zero = elements(d, "text").stream().filter(t -> t.getTextContent().equals("0")
                && Double.parseDouble(t.getAttribute("y")) > 300).findFirst().orElseThrow();
        assertEquals(44 + 150 - BitmapFont.width("0", 1) / 2, (int) num(zero, "x"), "the x tick label 0 under the middle");
        Element frame = elements(d, "rect").stream().filter(r -> r.getAttribute("class").equals("frame")).findFirst().orElseThrow();
        assertEquals("43", frame.getAttribute("x"));
        assertEquals("301", frame.getAttribute("width"));
    }

    @Test void pngAndSvgComeFromTheSameFigure() throws Exception {
        Series s = Series.of("", new double[] {1, 0.5, 0.25});
        Figure f = LossPlot.figure(List.of(s), LossPlot.Options.DEFAULT);
        Path png = dir.resolve("l.png"), svg = dir.resolve("l.svg");
        LossPlot.write(List.of(s), LossPlot.Options.DEFAULT, png);
        LossPlot.write(List.of(s), LossPlot.Options.DEFAULT, svg);
        assertTrue(java.util.Arrays.equals(Png.encode(PngPainter.paint(f)), Files.readAllBytes(png)));
        assertEquals(SvgWriter.svg(f), Files.readString(svg));
        assertTrue(Files.readString(svg).startsWith("<?xml"));
    }
}
