package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import nn.run.ScriptRunner;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code plot … to "x.svg"} for every kind of plot writes well-formed SVG beside the script. */
class SvgPlotFileTest {
    @TempDir Path folder;

    @Test void everyPlotKindWritesSvg() throws Exception {
        ScriptRunner.Result r = ScriptRunner.run("p.nn", """
                seed 1
                xor = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }
                network n = 2 -> dense(3, tanh) -> dense(1, sigmoid)
                h = train n on xor { loss sse; optimizer sgd(lr = 0.5); epochs 200; batch full; report every 0 }
                unit u = threshold(weights = [1, 1], threshold = 1.5)
                plot boundary n on xor to "b.svg"
                plot loss h to "l.svg"
                plot regions u from (0, 0) to (1, 1) to "r.SVG"
                """, folder);
        assertEquals(Session.Outcome.OK, r.outcome(), r.err());
        assertTrue(r.out().contains("wrote b.svg") && r.out().contains("wrote l.svg") && r.out().contains("wrote r.SVG"), r.out());
        for (String name : new String[] {"b.svg", "l.svg", "r.SVG"}) {
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve(name).toFile());
            assertEquals("svg", d.getDocumentElement().getTagName(), name);
        }
        String loss = Files.readString(folder.resolve("l.svg"));
        assertEquals(1, loss.split("<polyline", -1).length - 1, "one curve, one polyline");
        assertTrue(Files.readString(folder.resolve("b.svg")).contains("<circle"), "the four examples as points");
    }

    @Test void otherExtensionsAreRefusedWithACaret() {
        ScriptRunner.Result r = ScriptRunner.run("p.nn", """
                unit u = threshold(weights = [1, 1], threshold = 1.5)
                plot regions u from (0, 0) to (1, 1) to "r.pdf"
                """, folder);
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().startsWith("p.nn:2:41: error: plot regions writes .png or .svg files, got r.pdf"), r.err());
        assertTrue(r.err().contains("^^^^^^^"), r.err());
    }
}
