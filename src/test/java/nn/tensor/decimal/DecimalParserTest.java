package nn.tensor.decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * nn's decimal reading gives {@code Double.parseDouble}'s and {@code Float.parseFloat}'s bits (both correctly
 * rounded) on printed numbers, exact binary expansions, the halfway points between neighbours and numbers a
 * hair either side of them, long digit strings, the range's ends and malformed text.
 */
class DecimalParserTest {
    private static void same(String text, List<String> wrong) {
        long want = Double.doubleToRawLongBits(Double.parseDouble(text)), got = Double.doubleToRawLongBits(DecimalParser.parseDouble(text));
        if (want != got && wrong.size() < 10) wrong.add(text + ": " + Double.longBitsToDouble(want) + " vs " + Double.longBitsToDouble(got));
        int wantF = Float.floatToRawIntBits(Float.parseFloat(text)), gotF = Float.floatToRawIntBits(DecimalParser.parseFloat(text));
        if (wantF != gotF && wrong.size() < 10) wrong.add(text + "f: " + Float.intBitsToFloat(wantF) + " vs " + Float.intBitsToFloat(gotF));
    }

    /** The point halfway between d and its upper neighbour, exactly, and the decimals just below and above. */
    private static void halfway(BigDecimal a, BigDecimal b, List<String> wrong) {
        BigDecimal mid = a.add(b).divide(BigDecimal.valueOf(2));
        BigDecimal hair = mid.ulp().scaleByPowerOfTen(-3);
        same(mid.toString(), wrong);
        same(mid.subtract(hair).toString(), wrong);
        same(mid.add(hair).toString(), wrong);
    }

    @Test void printedAndRandomDecimalsReadAsTheJdkReadsThem() {
        SplittableRandom r = new SplittableRandom(2014);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(d)) same(Double.toString(d), wrong);
            float f = Float.intBitsToFloat(r.nextInt());
            if (Float.isFinite(f)) same(Float.toString(f), wrong);
            long m = r.nextLong(1L << 62) >>> r.nextInt(0, 62);
            same(m + "e" + r.nextInt(-40, 40), wrong);                            // the fast path's edges
            same(m + "." + r.nextInt(1_000_000) + "E" + r.nextInt(-360, 330), wrong);
            same("0." + r.nextInt(1_000_000_000), wrong);                           // CSV-like data
            same(r.nextInt(-1000, 1000) + "." + r.nextInt(100), wrong);
        }
        assertEquals(List.of(), wrong);
    }

    @Test void halfwayPointsAndTheirNeighboursRoundAsTheJdkRoundsThem() {
        SplittableRandom r = new SplittableRandom(2015);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            double d = Math.abs(Double.longBitsToDouble(r.nextLong()));
            if (d < Double.MAX_VALUE) halfway(new BigDecimal(d), new BigDecimal(Math.nextUp(d)), wrong);
            float f = Math.abs(Float.intBitsToFloat(r.nextInt()));
            if (f < Float.MAX_VALUE) halfway(new BigDecimal(f), new BigDecimal(Math.nextUp(f)), wrong);
            double s = Double.longBitsToDouble(r.nextLong(1L << 52));                // subnormals
            halfway(new BigDecimal(s), new BigDecimal(Math.nextUp(s)), wrong);
            double o = r.nextInt(1, 1 << 20) * Math.scalb(1.0, r.nextInt(-60, 60));   // short exact values
            halfway(new BigDecimal(o), new BigDecimal(Math.nextUp(o)), wrong);
        }
        for (int e = -1074; e < 1023; e++) {                                        // either side of 2^n
            double p = Math.scalb(1.0, e);
            halfway(new BigDecimal(Math.nextDown(p)), new BigDecimal(p), wrong);
            halfway(new BigDecimal(p), new BigDecimal(Math.nextUp(p)), wrong);
        }
        halfway(new BigDecimal(Double.MAX_VALUE), new BigDecimal(Double.MAX_VALUE).add(new BigDecimal(Math.ulp(Double.MAX_VALUE))), wrong);
        halfway(new BigDecimal(Float.MAX_VALUE), new BigDecimal(Float.MAX_VALUE).add(new BigDecimal(Math.ulp(Float.MAX_VALUE))), wrong);
        halfway(BigDecimal.ZERO, new BigDecimal(Double.MIN_VALUE), wrong);
        halfway(BigDecimal.ZERO, new BigDecimal(Float.MIN_VALUE), wrong);
        assertEquals(List.of(), wrong);
    }

    @Test void edgesReadAsTheJdkReadsThem() {
        List<String> wrong = new ArrayList<>();
        String[] texts = {"0", "-0", "0.0", "-0.0", "00000", "0e999999999999", "1e-400", "1e400", "-1e400", "1e-99999999999",
            "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999",
            ".5", "5.", "-.5e1", "+1", "1E+2", "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", " 1.5 ", "\t2\n", "1E22", "1e23",
            "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000000000001", "123456789012345678901234567890",
            "0.000000000000000000000000000000000000000000000000000000000000000001", "1e-45", "7e-46", "7.006492321624086e-46",
            "7.006492321624087e-46", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
            "1.00000005960464477539062499999", "1.000000059604644775390625", "1.00000005960464477539062500001",
            "0.1", "0.2", "0.3", "0.30000000000000004", "2.2250738585072011e-308", "2.2250738585072012e-308",
            "1." + "0".repeat(400) + "1", "0." + "0".repeat(330) + "1" + "9".repeat(40)};
        for (String t : texts) same(t, wrong);
        for (int e = -330; e <= 310; e++) same("1e" + e, wrong);
        for (int e = -50; e <= 40; e++) same("1.5e" + e, wrong);
        assertEquals(List.of(), wrong);
    }

    @Test void aBigDecimalsPartsReadAsItsDoubleValue() {
        SplittableRandom r = new SplittableRandom(2016);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal b = new BigDecimal(Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL)).round(new java.math.MathContext(r.nextInt(1, 25)));
            if (r.nextBoolean()) b = b.negate();
            BigDecimal x = b;
            assertEquals(x.doubleValue(), DecimalParser.toDouble(x.unscaledValue(), x.scale()), () -> x.toString());
        }
    }

    @Test void malformedTextIsRefusedAsTheJdkRefusesIt() {
        for (String t : new String[] {"", " ", ".", "-", "+", "e5", "1e", "1e+", "1.2.3", "1..2", "--1", "1-", "abc", "1 2", "Inf", "nan"}) {
            assertThrows(NumberFormatException.class, () -> Double.parseDouble(t), t);
            assertThrows(NumberFormatException.class, () -> DecimalParser.parseDouble(t), t);
            assertThrows(NumberFormatException.class, () -> DecimalParser.parseFloat(t), t);
        }
    }
}
