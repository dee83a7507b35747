package nn.tensor.decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * nn's shortest digits are the JDK's (19 and later: the test runs on JDK 25): {@code ShortestDigits.toString}
 * equals {@code Double.toString} and {@code Float.toString} character for character on millions of random bit
 * patterns and on the edges (subnormals, powers of two and of ten and their neighbours, integers, the extremes).
 */
class ShortestDigitsTest {
    private static final int RANDOM = 2_000_000;

    private static void same(double v, List<String> wrong) {
        String want = Double.toString(v), got = ShortestDigits.toString(v);
        if (!want.equals(got) && wrong.size() < 10) wrong.add(Long.toHexString(Double.doubleToRawLongBits(v)) + ": " + want + " vs " + got);
    }

    private static void same(float v, List<String> wrong) {
        String want = Float.toString(v), got = ShortestDigits.toString(v);
        if (!want.equals(got) && wrong.size() < 10) wrong.add(Integer.toHexString(Float.floatToRawIntBits(v)) + "f: " + want + " vs " + got);
    }

    @Test void randomDoublesPrintAsTheJdkPrintsThem() {
        SplittableRandom r = new SplittableRandom(1914);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < RANDOM; i++) same(Double.longBitsToDouble(r.nextLong()), wrong);
        for (int i = 0; i < RANDOM / 4; i++) same(r.nextDouble(), wrong);                  // ordinary magnitudes
        for (int i = 0; i < RANDOM / 4; i++) same(r.nextInt(-1_000_000, 1_000_000) / 1000.0, wrong);
        assertEquals(List.of(), wrong);
    }

    @Test void randomFloatsPrintAsTheJdkPrintsThem() {
        SplittableRandom r = new SplittableRandom(1915);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < RANDOM; i++) same(Float.intBitsToFloat(r.nextInt()), wrong);
        for (int i = 0; i < RANDOM / 4; i++) same((float) r.nextDouble(), wrong);
        assertEquals(List.of(), wrong);
    }

    @Test void edgesPrintAsTheJdkPrintsThem() {
        List<String> wrong = new ArrayList<>();
        for (long bits = 0; bits < 200_000; bits++) {                    // the smallest subnormals, both signs
            same(Double.longBitsToDouble(bits), wrong);
            same(Double.longBitsToDouble(bits | Long.MIN_VALUE), wrong);
            same(Float.intBitsToFloat((int) bits), wrong);
        }
        for (long bits = 0x000f_ffff_ffff_ffffL - 100_000; bits <= 0x0010_0000_0000_0000L + 100_000; bits++)
            same(Double.longBitsToDouble(bits), wrong);                  // the largest subnormals, MIN_NORMAL
        for (int e = -1074; e <= 1023; e++) {                            // 2^n and its neighbours
            double p = Math.scalb(1.0, e);
            for (double v : new double[] {p, Math.nextUp(p), Math.nextDown(p), 3 * p, -p}) same(v, wrong);
        }
        for (int e = -149; e <= 127; e++) {
            float p = Math.scalb(1.0f, e);
            for (float v : new float[] {p, Math.nextUp(p), Math.nextDown(p), 3 * p, -p}) same(v, wrong);
        }
        for (int e = -325; e <= 309; e++) {                              // 10^n and its neighbours
            double p = Double.parseDouble("1e" + e);
            for (double v : new double[] {p, Math.nextUp(p), Math.nextDown(p), 5 * p}) same(v, wrong);
            float f = Float.parseFloat("1e" + e);
            for (float v : new float[] {f, Math.nextUp(f), Math.nextDown(f)}) same(v, wrong);
        }
        for (long n = -100_000; n <= 100_000; n++) same((double) n, wrong);
        for (long n = (1L << 53) - 1000; n <= (1L << 53) + 1000; n++) same((double) n, wrong);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e7, 9999999.999999998, 1e-3, 0.0009999999999999998,
            2.8433926556729112E-157, 0.1, 0.2, 0.30000000000000004, 1e23, 2e-323, 1.0E22, 5e-324};
        for (double v : special) same(v, wrong);
        float[] specialFloats = {0f, -0f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e7f, 1e-3f, 0.1f, 1.0E10f, 8.41E21f, 1.17549435E-38f};
        for (float v : specialFloats) same(v, wrong);
        assertEquals(List.of(), wrong);
    }

    @Test void theDecimalIsTheNumberPrinted() {
        SplittableRandom r = new SplittableRandom(1916);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(v)) continue;
            Decimal d = ShortestDigits.of(v);
            assertEquals(0, BigDecimal.valueOf(v).compareTo(d.toBigDecimal()), () -> v + " as " + d);
            assertTrue(d.digits() % 10 != 0 || d.digits() == 0, () -> d + " has a trailing zero");
        }
        assertEquals(new Decimal(0, 0), ShortestDigits.of(-0.0));
        assertEquals(new Decimal(-49, -325), ShortestDigits.of(-Double.MIN_VALUE));
        assertEquals(new Decimal(1, 0), ShortestDigits.of(1.0f));
    }

    @Test void thePowersOfTenTableHoldsTheExactValues() {
        for (int e = PowersOfTen.MIN; e <= PowersOfTen.MAX; e++) {
            int r = Powers.floorLog2Pow10(e) - 125;
            // floor(10^e / 2^r) + 1, exactly
            BigInteger num = e >= 0 ? BigInteger.TEN.pow(e) : BigInteger.ONE;
            BigInteger den = e >= 0 ? BigInteger.ONE : BigInteger.TEN.pow(-e);
            if (r >= 0) den = den.shiftLeft(r);
            else num = num.shiftLeft(-r);
            BigInteger g = num.divide(den).add(BigInteger.ONE);
            int at = 2 * (e - PowersOfTen.MIN);
            BigInteger stored = BigInteger.valueOf(PowersOfTen.G[at]).shiftLeft(63).or(BigInteger.valueOf(PowersOfTen.G[at + 1]));
            assertEquals(g, stored, "10^" + e);
            assertEquals(126, g.bitLength(), "10^" + e + " has 126 bits");
        }
    }

    @Test void theLogarithmFloorsAreExact() {
        for (int q = -1200; q <= 1200; q++) {
            int k = Powers.floorLog10Pow2(q);
            BigDecimal two = pow(2, q);
            assertTrue(pow(10, k).compareTo(two) <= 0 && two.compareTo(pow(10, k + 1)) < 0, "floorLog10Pow2(" + q + ")");
            int k3 = Powers.floorLog10ThreeQuartersPow2(q);
            BigDecimal threeQuarters = two.multiply(new BigDecimal("0.75"));
            assertTrue(pow(10, k3).compareTo(threeQuarters) <= 0 && threeQuarters.compareTo(pow(10, k3 + 1)) < 0, "floorLog10ThreeQuartersPow2(" + q + ")");
            int b = Powers.floorLog2Pow10(q);
            BigDecimal ten = pow(10, q);
            assertTrue(pow(2, b).compareTo(ten) <= 0 && ten.compareTo(pow(2, b + 1)) < 0, "floorLog2Pow10(" + q + ")");
        }
    }

    private static BigDecimal pow(int base, int e) {
        BigDecimal b = BigDecimal.valueOf(base);
        return e >= 0 ? b.pow(e) : BigDecimal.ONE.divide(b.pow(-e));   // exact: 1/2^n and 1/10^n terminate
    }

    @Test void thePortableHighProductIsMathsOne() {
        SplittableRandom r = new SplittableRandom(1917);
        for (int i = 0; i < 1_000_000; i++) {
            long x = r.nextLong() >>> r.nextInt(1, 40), y = r.nextLong() >>> r.nextInt(1, 40);
            assertEquals(Math.multiplyHigh(x, y), ShortestDigits.portableMultiplyHigh(x, y), x + " × " + y);
        }
        assertEquals(Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE), ShortestDigits.portableMultiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE));
    }
}
