package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShippedMnistTest {
    private static final Path FOLDER = Path.of("samples/data/mnist");

    @Test void shippedDigitsAreTenThousandWithTheDocumentedClassCounts() {
        Dataset ds = IdxLoader.mnist(FOLDER, IdxLoader.ALL);
        assertEquals(10_000, ds.size());
        assertEquals(784, ds.features());
        assertEquals(10, ds.classes());
        assertArrayEquals(new int[] {1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978}, ds.classCounts());
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : ds.inputs().data()) { min = Math.min(min, v); max = Math.max(max, v); }
        assertEquals(0.0, min);
        assertEquals(1.0, max);
        assertTrue(ds.summary().contains("class 0: 1001 (10.0%)"), ds.summary());
    }

    @Test void aPrefixHasAllTenClasses() {
        Dataset ds = IdxLoader.mnist(FOLDER.resolve("mnist10k-images-idx3-ubyte.gz"), 200);
        assertEquals(200, ds.size());
        for (int count : ds.classCounts()) assertTrue(count > 0);
    }

    @Test void loadingDigitsStartsTheProductKernelsWarmUp() {
        IdxLoader.mnist(FOLDER, 10);
        assertTrue(nn.tensor.kernel.MatMul.kernelsPrepared(), "the MNIST loader starts the SIMD kernels' warm-up before decoding");
    }
}
