package nn.viz;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifWriterTest {
    @TempDir Path dir;

    private static BufferedImage frame(int left, int right) {
        BufferedImage img = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) for (int x = 0; x < 20; x++) img.setRGB(x, y, x < 10 ? left : right);
        return img;
    }

    private static IIOMetadataNode child(IIOMetadataNode n, String name) {
        for (int i = 0; i < n.getLength(); i++) if (n.item(i).getNodeName().equals(name)) return (IIOMetadataNode) n.item(i);
        return null;
    }

    @Test void framesDelaysAndLoopingAreReadBack() throws IOException {
        Path file = dir.resolve("a.gif");
        GifWriter.write(List.of(frame(0xff0000, 0x0000ff), frame(0x00ff00, 0xffffff), frame(0x000000, 0x123456)), 100, 1500, file);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            assertEquals(0xff0000, reader.read(0).getRGB(2, 5) & 0xffffff);
            assertEquals(0x0000ff, reader.read(0).getRGB(15, 5) & 0xffffff);
            assertEquals(0xffffff, reader.read(1).getRGB(15, 5) & 0xffffff);
            assertEquals(0x123456, reader.read(2).getRGB(15, 5) & 0xffffff);
            List<String> delays = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                delays.add(child(root, "GraphicControlExtension").getAttribute("delayTime"));
            }
            assertEquals(List.of("10", "10", "150"), delays);
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) child(first, "ApplicationExtensions").getFirstChild();
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
        } finally {
            reader.dispose();
        }
    }

    @Test void moreThan256ColoursKeepTheMostUsedAndMapTheRestToTheNearest() {
        BufferedImage img = new BufferedImage(300, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 300; x++) img.setRGB(x, 0, x << 8);  // 300 greens, once each
        for (int x = 0; x < 300; x++) img.setRGB(x, 1, 0xff0000); // red, 300 times
        BufferedImage ix = GifWriter.indexed(img);
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, ix.getType());
        assertEquals(0xff0000, ix.getRGB(7, 1) & 0xffffff);
        int g = ix.getRGB(299, 0) & 0xffffff;
        assertEquals(0, g & 0xff0000);
        assertTrue(Math.abs((g >> 8 & 0xff) - (299 & 0xff)) <= 8 || (g >> 8) > 0, Integer.toHexString(g));
    }

    @Test void theSameFramesGiveTheSameBytes() {
        List<BufferedImage> frames = List.of(frame(0xabcdef, 0x010203), frame(0x445566, 0x778899));
        assertArrayEquals(GifWriter.encode(frames, 100, 1000), GifWriter.encode(frames, 100, 1000));
    }

    @Test void aFileIsNotWrittenThroughASymbolicLink() throws IOException {
        Path target = dir.resolve("target.txt"), link = dir.resolve("link.gif");
        Files.writeString(target, "keep");
        Files.createSymbolicLink(link, target);
        GifWriter.write(List.of(frame(0, 0)), 100, 100, link);  // the link is replaced by the file, as every write does
        assertEquals("keep", Files.readString(target));
        assertFalse(Files.isSymbolicLink(link));
        assertEquals("GIF89a", new String(Files.readAllBytes(link), 0, 6, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
