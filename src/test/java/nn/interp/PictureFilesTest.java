package nn.interp;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nn.run.ScriptRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pictures' files, written by scripts and read back: a watched boundary's GIF, images, weights, data and curves. */
class PictureFilesTest {
    @TempDir Path dir;

    private ScriptRunner.Result run(String text) {
        ScriptRunner.Result r = ScriptRunner.run(dir.resolve("t.nn").toString(), text, dir);
        assertEquals("", r.err(), r.out());
        return r;
    }

    @Test void aWatchedBoundaryWritesOneFrameBeforeTrainingOneEveryNEpochsAndTheLast() throws IOException {
        ScriptRunner.Result r = run("""
                seed 1
                d = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }
                network n = 2 -> dense(4, tanh) -> dense(1, sigmoid)
                train n on d {
                  loss bce
                  optimizer adam(lr = 0.1)
                  epochs 95
                  batch full
                  report every 0
                  plot boundary n on d every 20 epochs to "training.gif"
                }
                """);
        assertTrue(r.out().contains("wrote training.gif (6 frames, every 20 epochs)"), r.out()); // epochs 0, 20, 40, 60, 80, 95
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("training.gif").toFile())) {
            reader.setInput(in);
            assertEquals(6, reader.getNumImages(true));
            BufferedImage first = reader.read(0), last = reader.read(5);
            assertEquals(first.getWidth(), last.getWidth());
            // XOR learnt: at the end the corner (0, 0) lies in class 0's tint and (0, 1)'s surroundings in class 1's.
            assertNotEquals(toRgb(first), toRgb(last));
        } finally {
            reader.dispose();
        }
    }

    private static String toRgb(BufferedImage img) {
        StringBuilder s = new StringBuilder();
        for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) s.append(img.getRGB(x, y)).append(',');
        return s.toString();
    }

    @Test void imagesWeightsDataAndCurvesArePngFiles() throws IOException {
        ScriptRunner.Result r = run("""
                d = { [0, 1, 1, 0] -> 0; [1, 0, 0, 1] -> 1 }
                plot images d to "images.png"
                plot image d[1] to "one.png"
                network n = 4 -> dense(3, sigmoid)
                plot weights n.layers[0] to "weights.svg"
                two = { [0, 0] -> 0; [1, 1] -> 1 }
                plot data two to "data.png"
                plot curve tanh from -3 to 3 to "tanh.png"
                plot loss [1, 0.5, 0.25] to "loss.png"
                """);
        for (String f : new String[] {"images.png", "one.png", "data.png", "tanh.png", "loss.png"}) {
            assertTrue(r.out().contains("wrote " + f), r.out());
            assertNotNull(ImageIO.read(dir.resolve(f).toFile()), f);
        }
        assertTrue(Files.readString(dir.resolve("weights.svg")).startsWith("<?xml"));
        // One 2 × 2 picture, large: its top-left value (1) is ink, its top-right (0) paper.
        BufferedImage one = ImageIO.read(dir.resolve("one.png").toFile());
        java.util.List<nn.viz.Picture> pics = java.util.List.of(new nn.viz.Picture("label 1", 2, 2, new double[] {1, 0, 0, 1}));
        assertTrue(one.getWidth() > 100);
        assertEquals(0x000000, one.getRGB(centre(pics, "image d[1] (2×2)", 0, 0)[0], centre(pics, "image d[1] (2×2)", 0, 0)[1]) & 0xffffff);
        assertEquals(0xffffff, one.getRGB(centre(pics, "image d[1] (2×2)", 0, 1)[0], centre(pics, "image d[1] (2×2)", 0, 1)[1]) & 0xffffff);
    }

    private static int[] centre(java.util.List<nn.viz.Picture> pics, String title, int row, int col) {
        return nn.viz.PictureGridAccess.centreOf(title, pics, 0, row, col);
    }
}
