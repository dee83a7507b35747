package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/**
 * The Vector API module added on first use ({@link VectorModule}), in fresh JVMs started as the launcher
 * starts nn (no {@code --add-modules}, one opened package), as the tests start it (the module in the boot
 * layer), and as a plain {@code java -jar} would (neither: the portable kernels and the one-line note).
 */
class VectorModuleTest {
    /**
     * The child's side: says whether the SIMD kernel is on and where its module lives, and checks one
     * product through it against the portable kernel, bit for bit.
     */
    public static void main(String[] args) {
        MicroKernel simd = MicroKernel.Holder.VECTOR;
        String layer = ModuleLayer.boot().findModule(VectorModule.NAME).isPresent() ? "boot" : simd != null ? "added" : "absent";
        String same = "-";
        if (simd != null) {
            Rng rng = new Rng(3);
            int n = 37, k = 129, m = 70;
            double[] a = new double[n * k], b = new double[k * m], c = new double[n * m], d = new double[n * m];
            for (int i = 0; i < a.length; i++) a[i] = 2 * rng.nextDouble() - 1;
            for (int i = 0; i < b.length; i++) b[i] = 2 * rng.nextDouble() - 1;
            Gemm.run(simd, a, k, 1, b, false, c, n, k, m);
            PortableGemm.run(a, k, 1, b, false, d, n, k, m);
            same = Arrays.equals(c, d) ? "same" : "different";
            String loader = String.valueOf(simd.getClass().getClassLoader() != null
                    && jdk.incubator.vector.DoubleVector.class.getClassLoader() == null);
            System.out.println("simd " + layer + " " + same + " " + loader);
        } else {
            System.out.println("portable " + layer + " " + same);
        }
    }

    private record Child(String out, String err) {}

    private static Child child(String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), VectorModuleTest.class.getName()));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM did not end");
        assertEquals(0, p.exitValue(), new String(err, StandardCharsets.UTF_8));
        return new Child(out, new String(err, StandardCharsets.UTF_8));
    }

    @Test void theLaunchersOptionAddsTheModuleOnFirstUseWithoutTheIncubatorWarning() throws Exception {
        Child c = child("--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED");
        // the kernel's own class is nn's (the class path), the Vector API's the boot loader's, as with --add-modules
        assertEquals("simd added same true", c.out());
        assertFalse(c.err().contains("incubator"), c.err());
    }

    @Test void aModuleAlreadyInTheBootLayerIsUsedAsItIs() throws Exception {
        assertEquals("simd boot same true", child("--add-modules", VectorModule.NAME).out());
    }

    @Test void withoutTheOptionTheKernelsStayPortableWithTheNote() throws Exception {
        Child c = child();
        assertEquals("portable absent -", c.out());
        assertTrue(c.err().contains("jdk.incubator.vector"), c.err());
        assertEquals(1, c.err().lines().count(), c.err());
    }
}
