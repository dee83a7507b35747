package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxLoaderTest {
    @TempDir Path dir;

    /** IDX bytes: magic, counts, then the payload. */
    static byte[] idx(int magic, int[] dims, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) out.writeInt(d);
        out.write(payload);
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) { out.write(raw); }
        return bytes.toByteArray();
    }

    /** Three 2×2 images whose pixels are 0, 51 … and labels 7, 0, 3. */
    static byte[] images(int count) throws IOException {
        byte[] px = new byte[count * 4];
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i * 51 % 256);
        return idx(0x803, new int[] {count, 2, 2}, px);
    }

    static byte[] labels(int count) throws IOException {
        byte[] l = {7, 0, 3, 9, 1};
        return idx(0x801, new int[] {count}, Arrays.copyOf(l, count));
    }

    private Path put(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private String failure(Path p) {
        return assertThrows(DataException.class, () -> IdxLoader.mnist(p, IdxLoader.ALL)).getMessage();
    }

    @Test void gzippedFilesInAFolderAreFoundByStandardNames() throws IOException {
        put("train-images-idx3-ubyte.gz", gzip(images(3)));
        put("train-labels-idx1-ubyte.gz", gzip(labels(3)));
        Dataset ds = IdxLoader.mnist(dir, IdxLoader.ALL);
        assertEquals(3, ds.size());
        assertEquals(4, ds.features());
        assertEquals(10, ds.classes());
        assertArrayEquals(new int[] {7, 0, 3}, ds.classIndices());
        assertEquals(0.0, ds.inputs().get(0, 0));
        assertEquals(51 / 255.0, ds.inputs().get(0, 1));
        assertEquals(1.0, ds.inputs().get(1, 1)); // pixel 5 is 255
    }

    @Test void rawFilesAreReadAndGzipIsDetectedByContentNotName() throws IOException {
        put("t10k-images-idx3-ubyte", images(3));
        Path file = put("t10k-images-idx3-ubyte.gz", images(3)); // misnamed: not gzip at all
        put("t10k-labels-idx1-ubyte.gz", gzip(labels(3)));
        Dataset ds = IdxLoader.mnist(file, IdxLoader.ALL);
        assertArrayEquals(new int[] {7, 0, 3}, ds.classIndices());
    }

    @Test void limitReadsOnlyThatManyAndOneHotIsOnRequest() throws IOException {
        put("mnist10k-images-idx3-ubyte", images(5));
        put("mnist10k-labels-idx1-ubyte", labels(5));
        Dataset ds = IdxLoader.mnist(dir, 2, true);
        assertEquals(2, ds.size());
        assertTrue(ds.isOneHot());
        assertEquals(1.0, ds.targets().get(0, 7));
        assertEquals(1.0, ds.targets().get(1, 0));
    }

    @Test void wrongMagicNumberSaysWhichFileAndWhatWasFound() throws IOException {
        put("train-images-idx3-ubyte", idx(0x802, new int[] {3, 2}, new byte[6]));
        put("train-labels-idx1-ubyte", labels(3));
        assertEquals("train-images-idx3-ubyte is not an IDX image file: its magic number is 0x00000802, expected 0x00000803",
                failure(dir));
    }

    @Test void labelFileWhereImagesBelongIsExplained() throws IOException {
        put("train-images-idx3-ubyte", images(3));
        put("train-labels-idx1-ubyte", images(3));
        assertEquals("train-labels-idx1-ubyte is not an IDX label file: its magic number is 0x00000803"
                + " (that is an image file), expected 0x00000801", failure(dir));
    }

    @Test void labelCountDifferentFromImageCountIsAnError() throws IOException {
        put("train-images-idx3-ubyte.gz", gzip(images(3)));
        put("train-labels-idx1-ubyte.gz", gzip(labels(2)));
        assertEquals("train-labels-idx1-ubyte.gz has 2 labels but train-images-idx3-ubyte.gz has 3 images", failure(dir));
    }

    @Test void truncatedImageFileNamesTheImageWhereItEnds() throws IOException {
        put("train-images-idx3-ubyte.gz", gzip(Arrays.copyOf(images(3), 16 + 4 + 2)));
        put("train-labels-idx1-ubyte.gz", gzip(labels(3)));
        assertEquals("train-images-idx3-ubyte.gz is truncated: it ends in image 2 of 3", failure(dir));
    }

    @Test void truncatedLabelFileIsAnError() throws IOException {
        put("train-images-idx3-ubyte", images(3));
        put("train-labels-idx1-ubyte", Arrays.copyOf(labels(3), 8 + 1));
        assertEquals("train-labels-idx1-ubyte is truncated: it ends in its labels (expected 3)", failure(dir));
    }

    @Test void truncatedHeaderIsAnError() throws IOException {
        put("train-images-idx3-ubyte", new byte[] {0, 0, 8, 3, 0, 0});
        put("train-labels-idx1-ubyte", labels(3));
        assertEquals("train-images-idx3-ubyte is truncated: it ends inside its header", failure(dir));
    }

    @Test void folderWithoutImagesListsTheExpectedNames() {
        assertTrue(failure(dir).startsWith("the folder " + dir.getFileName() + " has no MNIST image file: expected train-images-idx3-ubyte"));
    }

    @Test void missingFileAndMissingLabelsAreNamed() throws IOException {
        assertEquals("cannot read nothing-images-idx3-ubyte: there is no such file or folder",
                failure(dir.resolve("nothing-images-idx3-ubyte")));
        Path img = put("x-images-idx3-ubyte", images(3));
        assertEquals("there is no label file for x-images-idx3-ubyte: expected x-labels-idx1-ubyte (with or without .gz) beside it",
                failure(img));
    }

    @Test void limitBelowOneIsRejected() {
        assertEquals("limit must be at least 1, not 0",
                assertThrows(DataException.class, () -> IdxLoader.mnist(dir, 0)).getMessage());
    }
}
