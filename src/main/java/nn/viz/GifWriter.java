package nn.viz;

import nn.i18n.Messages;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF through Java's own ImageIO GIF writer (no library): every frame shown for {@code delayMs}
 * (GIF counts hundredths of a second), the last one held {@code holdLastMs}, and the animation looping
 * forever (the NETSCAPE2.0 extension browsers read). GIF frames have at most 256 colours, so each frame gets
 * its own palette: its colours exactly when it has that few (a plot's flat regions, ink and axes), else its
 * 256 most frequent ones with every other colour mapped to the nearest of them. Same frames, same bytes.
 */
public final class GifWriter {
    private GifWriter() {}

    public static void write(List<BufferedImage> frames, int delayMs, int holdLastMs, Path file) {
        PlotFiles.write(file, out -> encode(frames, delayMs, holdLastMs, out));
    }

    public static byte[] encode(List<BufferedImage> frames, int delayMs, int holdLastMs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            encode(frames, delayMs, holdLastMs, bytes);
        } catch (IOException e) {
            throw new PlotException(Messages.t("viz.gif-encode", nn.io.IoReasons.said(e)), e);
        }
        return bytes.toByteArray();
    }

    static void encode(List<BufferedImage> frames, int delayMs, int holdLastMs, OutputStream out) throws IOException {
        if (frames.isEmpty()) throw new PlotException(Messages.t("viz.gif-no-frames"));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = frames.get(i);
                BufferedImage indexed = frame.getType() == BufferedImage.TYPE_BYTE_INDEXED ? frame : indexed(frame);
                int delay = i == frames.size() - 1 ? Math.max(delayMs, holdLastMs) : delayMs;
                writer.writeToSequence(new IIOImage(indexed, null, metadata(writer, indexed, delay, i == 0)), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage img, int delayMs, boolean first) throws IOException {
        IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        String format = md.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) md.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, Math.round(delayMs / 10f))));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // loop count 0: forever
            child(root, "ApplicationExtensions").appendChild(app);
        }
        md.setFromTree(format, root);
        return md;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++)
            if (root.item(i).getNodeName().equals(name)) return (IIOMetadataNode) root.item(i);
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** The frame with a palette of at most 256 colours (see the class comment): a quarter of the memory of RGB. */
    public static BufferedImage indexed(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        ColourCounts counts = new ColourCounts();
        for (int p : rgb) counts.add(p & 0xffffff);
        int[] palette = counts.mostUsed(256);
        int size = palette.length;
        byte[] r = new byte[size], g = new byte[size], b = new byte[size];
        ColourCounts index = new ColourCounts();
        for (int i = 0; i < size; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
            index.put(palette[i], i);
        }
        IndexColorModel model = new IndexColorModel(8, size, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i] & 0xffffff;
            int k = index.get(c);
            if (k < 0) {
                k = nearest(palette, c);
                index.put(c, k);
            }
            data[i] = (byte) k;
        }
        return out;
    }

    private static int nearest(int[] palette, int c) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = (palette[i] >> 16 & 0xff) - (c >> 16 & 0xff), dg = (palette[i] >> 8 & 0xff) - (c >> 8 & 0xff), db = (palette[i] & 0xff) - (c & 0xff);
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestD) { bestD = d; best = i; }
        }
        return best;
    }
}
