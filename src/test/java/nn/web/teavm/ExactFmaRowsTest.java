package nn.web.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The browser's matrix-product rows give the bits of {@code Math.fma} chains, as the JVM's kernels do: one
 * multiply-add at a time through the row loop (random, cancelling, midpoint, tiny, huge and special operands),
 * and whole panels with zeros, out-of-range rows and three rows at once.
 */
class ExactFmaRowsTest {
    /** fma(a, b, c) through the row kernel: a 1×1 panel. */
    private static void same(double a, double b, double c) {
        double[] t = {c};
        ExactFmaRows.rows1(new double[] {a}, 0, 1, new double[][] {{b}}, t, 0, 1, 1);
        double want = Math.fma(a, b, c);
        if (Double.isNaN(want) && Double.isNaN(t[0])) return;
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(t[0]),
                () -> "fma(" + a + ", " + b + ", " + c + ") = " + want + ", rows gave " + t[0]);
    }

    @Test void randomOperandsOfEveryScale() {
        SplittableRandom r = new SplittableRandom(21);
        for (int i = 0; i < 1_000_000; i++) {
            double a = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-60, 60));
            double b = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-60, 60));
            double c = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-120, 120));
            same(a, b, c);
        }
    }

    @Test void sumsThatCancelAndLandNearTies() {
        SplittableRandom r = new SplittableRandom(22);
        for (int i = 0; i < 500_000; i++) {
            double a = r.nextDouble(-4, 4), b = r.nextDouble(-4, 4);
            double p = a * b;
            same(a, b, -p);
            same(a, b, -p + Math.ulp(p) / 2);
            same(a, b, Math.ulp(p) * r.nextInt(-3, 4));
            same(a, b, -p * (1 + r.nextInt(-8, 9) * 0x1p-40));
        }
    }

    /**
     * c + a·b within a few units of 2^-104 of a midpoint between doubles, on both sides of it and on it: the
     * case where rounding the sum to nearest alone is wrong, so the kernel must look at the dropped error.
     */
    @Test void exactSumsBesideAndOnMidpoints() {
        SplittableRandom r = new SplittableRandom(23);
        for (int i = 0; i < 500_000; i++) {
            double scale = Math.pow(2, r.nextInt(-40, 40));
            double c = (1 + r.nextInt(0, 1 << 20) * 0x1p-52) * scale * (r.nextBoolean() ? 1 : -1);
            double ulp = Math.ulp(c);
            // a·b = ulp/2 · (1 + k·2^-52)(1 + m·2^-52): half an ulp of c plus a few units far below it.
            double a = (1 + r.nextInt(-4, 5) * 0x1p-52) * (r.nextBoolean() ? 1 : -1);
            double b = ulp / 2 * (1 + r.nextInt(-4, 5) * 0x1p-52) * (r.nextBoolean() ? 1 : -1);
            same(a, b, c);
            same(a * 3, b / 3, c);
            same(a, b * (1 + r.nextInt(1, 64) * 0x1p-30), c);
        }
    }

    @Test void extremeAndSpecialOperands() {
        double[] values = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-1000, 0x1p-500,
                0x1p-450, 0x1p-449, 0x1p-451, 0x1p449, 0x1p450, 0x1p451, 0x1p500, 0x1p1000, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e-300, 3.0, 1.0 / 3, Math.nextUp(1.0), 0x1p-900,
                -0x1p-900, 0x1p-899, 0x1p999, Math.nextDown(0x1p1000), 0x1p-1022 * 3};
        for (double a : values)
            for (double b : values)
                for (double c : values) same(a, b, c);
    }

    /** Whole panels: zero factors, rows out of range, three rows sharing the panel, blocks of p continued. */
    @Test void panelsGiveTheChainsOfMathFma() {
        SplittableRandom r = new SplittableRandom(24);
        for (int round = 0; round < 300; round++) {
            int k = r.nextInt(1, 40), len = r.nextInt(1, 30), rows = 3, acs = r.nextBoolean() ? 1 : rows;
            int ars = acs == 1 ? k : 1;
            double[] a = new double[rows * k];
            for (int q = 0; q < a.length; q++) a[q] = operand(r);
            double[][] y = new double[k][len];
            for (double[] yp : y) for (int j = 0; j < len; j++) yp[j] = operand(r);
            double[][] t = new double[rows][len], want = new double[rows][len];
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < len; j++) t[i][j] = want[i][j] = operand(r);
            for (int i = 0; i < rows; i++)
                for (int p = 0; p < k; p++)
                    for (int j = 0; j < len; j++) want[i][j] = Math.fma(a[i * ars + p * acs], y[p][j], want[i][j]);
            // two blocks of p, as PortableGemm calls them, on one panel: the second finds the first's splits
            int mid = r.nextInt(0, k + 1);
            ExactFmaRows.rows3(a, 0, ars, 2 * ars, acs, y, t[0], t[1], t[2], 0, mid, len);
            ExactFmaRows.rows2(a, 0, ars, acs, y, t[0], t[1], mid, k, len);
            ExactFmaRows.rows1(a, 2 * ars, acs, y, t[2], mid, k, len);
            for (int i = 0; i < rows; i++)
                for (int j = 0; j < len; j++) {
                    int ii = i, jj = j;
                    if (Double.isNaN(want[i][j]) && Double.isNaN(t[i][j])) continue;
                    assertEquals(Double.doubleToRawLongBits(want[i][j]), Double.doubleToRawLongBits(t[i][j]),
                            () -> "round " + Arrays.toString(new int[] {ii, jj}));
                }
        }
    }

    /** Mostly ordinary numbers, with zeros (both signs), tiny, huge and now and then non-finite ones. */
    private static double operand(SplittableRandom r) {
        return switch (r.nextInt(40)) {
            case 0, 1, 2, 3, 4, 5, 6, 7 -> 0.0;
            case 8 -> -0.0;
            case 9 -> r.nextDouble(-1, 1) * 0x1p-1000;
            case 10 -> r.nextDouble(-1, 1) * 0x1p600;
            case 11 -> r.nextInt(3) == 0 ? Double.NaN : r.nextBoolean() ? Double.POSITIVE_INFINITY : 1.0;
            case 12 -> r.nextInt(-5, 6) * 0.25;
            default -> r.nextDouble(-2, 2);
        };
    }

    /**
     * Twin for twin, the JVM's row loops and these give the same bits on the same panels (so a change to one that
     * the other lacks fails here, not only in the browser's samples).
     */
    @Test void theJvmsRowLoopsGiveTheSameBits() throws ReflectiveOperationException {
        Class<?> portable = Class.forName(MathPlugin.PORTABLE_ROWS);
        Method rows3 = portable.getDeclaredMethod("rows3", double[].class, int.class, int.class, int.class, int.class,
                double[][].class, double[].class, double[].class, double[].class, int.class, int.class, int.class);
        rows3.setAccessible(true);
        SplittableRandom r = new SplittableRandom(25);
        for (int round = 0; round < 200; round++) {
            int k = r.nextInt(1, 40), len = r.nextInt(1, 30);
            double[] a = new double[3 * k];
            for (int q = 0; q < a.length; q++) a[q] = operand(r);
            double[][] y = new double[k][len];
            for (double[] yp : y) for (int j = 0; j < len; j++) yp[j] = operand(r);
            double[][] mine = new double[3][len], jvm = new double[3][len];
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < len; j++) mine[i][j] = jvm[i][j] = operand(r);
            ExactFmaRows.rows3(a, 0, k, 2 * k, 1, y, mine[0], mine[1], mine[2], 0, k, len);
            rows3.invoke(null, a, 0, k, 2 * k, 1, y, jvm[0], jvm[1], jvm[2], 0, k, len);
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < len; j++) {
                    if (Double.isNaN(jvm[i][j]) && Double.isNaN(mine[i][j])) continue;
                    assertEquals(Double.doubleToRawLongBits(jvm[i][j]), Double.doubleToRawLongBits(mine[i][j]), "round " + round);
                }
        }
    }

    /** The build plugin sends every call of the portable row loops here: each one has its twin, same types. */
    @Test void everyPortableRowLoopHasItsTwin() throws ReflectiveOperationException {
        Class<?> portable = Class.forName(MathPlugin.PORTABLE_ROWS);
        int twins = 0;
        for (Method m : portable.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) continue;
            Method twin = ExactFmaRows.class.getMethod(m.getName(), m.getParameterTypes());
            assertEquals(m.getReturnType(), twin.getReturnType(), m.getName());
            assertTrue(Modifier.isStatic(twin.getModifiers()), m.getName());
            twins++;
        }
        assertTrue(twins >= 3, "the row loops: " + twins);
    }
}
