package nn.viz;

import nn.i18n.Messages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Image creation and PNG output without a display (headless Java2D). */
public final class Png {
    // ImageIO's default output stream caches in a temporary file and closes it from a shutdown hook
    // ("StreamCloser"): a run ended by a budget or Ctrl-C in the middle of a write left that hook to throw a
    // NullPointerException with a JVM stack trace on the user's terminal. A memory cache has no hook and
    // writes no file outside the sandbox; a plot's PNG is at most a few MB.
    static { ImageIO.setUseCache(false); }

    private Png() {}

    static {
        // Plots are drawn off-screen; never try to reach a window system.
        System.setProperty("java.awt.headless", "true");
    }

    /** A white RGB canvas. */
    static BufferedImage canvas(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] white = new int[width];
        java.util.Arrays.fill(white, 0xffffffff);
        for (int y = 0; y < height; y++) img.setRGB(0, y, width, 1, white, 0, width);
        return img;
    }

    /** {@code img} as PNG bytes, in memory (a notebook shows them without a file). */
    public static byte[] encode(BufferedImage img) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", bytes)) throw new PlotException(Messages.t("viz.no-png-writer"));
        } catch (IOException e) {
            throw new PlotException(Messages.t("viz.png-encode", nn.io.IoReasons.said(e)), e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code img} to {@code file} as PNG; the caller has checked the path is allowed. */
    static void write(BufferedImage img, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        PlotFiles.write(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new PlotException(Messages.t("viz.write-failed", name, Messages.t("viz.no-png-writer")));
        });
    }
}
