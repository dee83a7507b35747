package nn.graph.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/** ReluBits gives the bits of the comparison it replaces, x > 0 ? x : 0 and s > 0 ? g : 0, for every kind of number. */
class ReluBitsTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.longBitsToDouble(0x7FF0000000000001L), Double.longBitsToDouble(0x7FFFFFFFFFFFFFFFL),
            Double.longBitsToDouble(0xFFF8000000000000L), Double.longBitsToDouble(0xFFFFFFFFFFFFFFFFL),
            Math.nextDown(Double.POSITIVE_INFINITY), 1e-300, -1e-300};

    private static long bits(double x) { return Double.doubleToRawLongBits(x); }
    private static int bits(float x) { return Float.floatToRawIntBits(x); }

    @Test void reluOfEveryKindOfDouble() {
        for (double x : SPECIAL) assertEquals(bits(x > 0 ? x : 0.0), bits(ReluBits.of(x)), () -> "relu(" + x + ")");
        Rng rng = new Rng(5);
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(rng.nextLong());
            assertEquals(bits(x > 0 ? x : 0.0), bits(ReluBits.of(x)), () -> "relu of bits " + Long.toHexString(bits(x)));
        }
    }

    @Test void reluOfEveryKindOfFloat() {
        for (double d : SPECIAL) {
            float x = (float) d;
            assertEquals(bits(x > 0 ? x : 0f), bits(ReluBits.of(x)), () -> "relu(" + x + ")");
        }
        float[] nans = {Float.intBitsToFloat(0x7F800001), Float.intBitsToFloat(0xFFC00000), Float.intBitsToFloat(0xFFFFFFFF)};
        for (float x : nans) assertEquals(0, bits(ReluBits.of(x)));
        Rng rng = new Rng(6);
        for (int i = 0; i < 100_000; i++) {
            float x = Float.intBitsToFloat((int) rng.nextLong());
            assertEquals(bits(x > 0 ? x : 0f), bits(ReluBits.of(x)), () -> "relu of bits " + Integer.toHexString(bits(x)));
        }
    }

    @Test void maskKeepsTheGradientExactlyWherePositive() {
        for (double s : SPECIAL)
            for (double g : SPECIAL) {
                assertEquals(bits(s > 0 ? g : 0.0), bits(ReluBits.masked(g, s)), () -> "mask(" + g + ", " + s + ")");
                float gf = (float) g, sf = (float) s;
                assertEquals(bits(sf > 0 ? gf : 0f), bits(ReluBits.masked(gf, sf)), () -> "mask(" + gf + "f, " + sf + "f)");
            }
    }
}
