package nn.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nn.model.Network;
import nn.model.NetworkJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts that write files (saved networks, PNG plots) or read the shipped data, run in a folder of their own. */
class TrainingScriptsTest {
    @TempDir Path dir;

    private static final String XOR = """
            seed 2
            dataset xor = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }
            network xornet = 2 -> dense(2, sigmoid) -> dense(1, sigmoid)
            h = train xornet on xor { loss sse; optimizer sgd(lr = 0.5); epochs 3000; batch full; report every 0 }
            """;

    private ScriptRunner.Result run(String text) {
        ScriptRunner.Result r = ScriptRunner.run("t.nn", text, dir);
        assertEquals("", r.err(), "stderr");
        return r;
    }

    @Test void savedNetworkLoadsWithTheSameWeightsAndPredictions() throws IOException {
        ScriptRunner.Result r = run(XOR + """
                save xornet to "xor.json"
                back = load("xor.json")
                assert back.dense1.weights == xornet.dense1.weights, "weights"
                assert back.dense2.bias == xornet.dense2.bias, "bias"
                assert back(xor.inputs) == xornet(xor.inputs), "outputs"
                print accuracy(back, xor)
                """);
        assertEquals("saved xornet to xor.json\n1\n", r.out());
        Network net = NetworkJson.read(Files.readString(dir.resolve("xor.json")), "xor.json");
        assertEquals("xornet", net.name());
        assertEquals(2, net.layers().size());
    }

    @Test void boundaryPngColoursEachSideByThePredictedClass() throws IOException {
        ScriptRunner.Result r = run(XOR + """
                plot boundary xornet on xor to "xor.png"
                plot loss h to "loss.png"
                """);
        assertTrue(r.out().contains("wrote xor.png\n"), r.out());
        assertTrue(r.out().endsWith("wrote loss.png\n"), r.out());
        BufferedImage img = ImageIO.read(dir.resolve("xor.png").toFile());
        // The plane is -0.1 … 1.1 both ways in a 300×300 plot area at (44, 26); the trained network puts
        // the band through the middle in class 1 and the regions around (0, 0) and (1, 1) in class 0.
        int centre = pixel(img, 0.5, 0.5), nearOrigin = pixel(img, 0.05, 0.2), nearOne = pixel(img, 0.95, 0.8);
        assertEquals(nearOrigin, nearOne, "(0, 0) and (1, 1) are both class 0");
        assertNotEquals(centre, nearOrigin, "the middle band is class 1");
        BufferedImage loss = ImageIO.read(dir.resolve("loss.png").toFile());
        assertEquals(640, loss.getWidth());
        assertEquals(400, loss.getHeight());
    }

    private static int pixel(BufferedImage img, double x, double y) {
        int px = 44 + (int) ((x + 0.1) / 1.2 * 300), py = 26 + (int) ((1.1 - y) / 1.2 * 300);
        return img.getRGB(px, py);
    }

    @Test void shippedMnistLoadsThroughTheSandbox() {
        ScriptRunner.Result r = ScriptRunner.run("m.nn", """
                digits = mnist("data/mnist", limit = 100)
                print digits.size, digits.features, digits.classes
                print max(digits.inputs), min(digits.inputs)
                """, Path.of("samples"));
        assertEquals("", r.err());
        assertEquals("100 784 10\n1 0\n", r.out());
    }

    @Test void aMissingFileIsNamed() {
        ScriptRunner.Result r = ScriptRunner.run("t.nn", "d = csv(\"nope.csv\")\n", dir);
        assertTrue(r.err().startsWith("t.nn:1:5: error: file not found: nope.csv"), r.err());
    }

    @Test void filesOutsideTheFolderAreRefused() {
        ScriptRunner.Result r = ScriptRunner.run("t.nn", "network n = 2 -> dense(1)\nsave n to \"../escape.json\"\n", dir);
        assertTrue(r.err().contains("access refused: ../escape.json is outside the folders this script may use"), r.err());
        assertTrue(Files.notExists(dir.resolveSibling("escape.json")));
    }
}
