package nn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nn.tensor.Decimals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nn's number conversions ({@code nn.tensor.decimal}) compiled to JavaScript by TeaVM give in Node what the
 * JDK gives on the JVM: {@code Double.toString} and {@code Float.toString}'s text, {@code Double.parseDouble}
 * and {@code Float.parseFloat}'s bits, and nn's printing of numbers at 15 decimals (where a number in scientific
 * form shows all its shortest digits) and at 4, through the probe build (target/web-probe/fdlibm-probe.js, from
 * {@code nn.web.FdlibmProbe}, with nn.js's settings). TeaVM's own {@code Double.toString} failed this for
 * about one double in ten thousand.
 */
class DigitsInNodeTest {
    /** A request line for the probe and the answer the JVM gives. */
    record Case(String request, String want) {}

    private static String hex(double x) { return Long.toHexString(Double.doubleToRawLongBits(x)); }

    private static String hex(float x) { return Integer.toHexString(Float.floatToRawIntBits(x)); }

    private static void print(List<Case> cases, double x) {
        cases.add(new Case("str " + hex(x), Double.toString(x)));
        if (Double.isFinite(x)) {
            cases.add(new Case("dec " + hex(x) + " " + hex(15.0), Decimals.number(x, 15)));
            cases.add(new Case("dec " + hex(x) + " " + hex(4.0), Decimals.number(x, 4)));
        }
    }

    private static void print(List<Case> cases, float x) {
        cases.add(new Case("strf " + hex(x), Float.toString(x)));
    }

    private static void parse(List<Case> cases, String text) {
        cases.add(new Case("parse " + text, hex(Double.parseDouble(text))));
        cases.add(new Case("parsef " + text, hex(Float.parseFloat(text))));
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(1410);
        for (int i = 0; i < 60_000; i++) {
            print(cases, Double.longBitsToDouble(r.nextLong()));
            print(cases, Float.intBitsToFloat(r.nextInt()));
        }
        for (int i = 0; i < 10_000; i++) print(cases, r.nextDouble(-10, 10) * Math.pow(10, r.nextInt(-20, 20)));
        for (long bits = 0; bits < 2000; bits++) {                       // the smallest subnormals
            print(cases, Double.longBitsToDouble(bits));
            print(cases, Float.intBitsToFloat((int) bits));
        }
        for (int e = -1074; e <= 1023; e++) {                           // 2^n and its neighbours
            double p = Math.scalb(1.0, e);
            print(cases, p);
            print(cases, Math.nextUp(p));
            print(cases, Math.nextDown(p));
        }
        for (int e = -325; e <= 309; e++) {                             // 10^n and its neighbours
            double p = Double.parseDouble("1e" + e);
            print(cases, p);
            print(cases, Math.nextUp(p));
            print(cases, Math.nextDown(p));
            parse(cases, "1e" + e);
        }
        for (double x : new double[] {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.8433926556729112E-157, 0.1, 1e7, 1e-3})
            print(cases, x);
        for (int i = 0; i < 30_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(d)) parse(cases, Double.toString(d));
            float f = Float.intBitsToFloat(r.nextInt());
            if (Float.isFinite(f)) parse(cases, Float.toString(f));
            parse(cases, "0." + r.nextInt(1_000_000_000));                // CSV-like data
            parse(cases, r.nextLong(1L << 62) + "." + r.nextInt(1000) + "e" + r.nextInt(-340, 320));
        }
        for (int i = 0; i < 3000; i++) {                                  // halfway points and a hair either side
            double d = Math.abs(Double.longBitsToDouble(r.nextLong()));
            if (!(d < Double.MAX_VALUE)) continue;
            BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            BigDecimal hair = mid.ulp().scaleByPowerOfTen(-3);
            parse(cases, mid.toString());
            parse(cases, mid.subtract(hair).toString());
            parse(cases, mid.add(hair).toString());
            float f = Math.abs(Float.intBitsToFloat(r.nextInt()));
            if (!(f < Float.MAX_VALUE)) continue;
            BigDecimal midF = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
            parse(cases, midF.toString());
            parse(cases, midF.add(midF.ulp().scaleByPowerOfTen(-3)).toString());
        }
        for (String t : new String[] {"0", "-0.0", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
                "1.7976931348623159e308", "1e400", "9007199254740993", "1.00000005960464477539062500001", "3.4028236e38", "NaN", "-Infinity"})
            parse(cases, t);
        return cases;
    }

    @Test void theCompiledConversionsGiveTheJdksTextAndBits(@TempDir Path dir) throws IOException, InterruptedException {
        List<Case> cases = cases();
        List<String> got = FdlibmInNodeTest.answers(dir, cases.stream().map(Case::request).toList());
        List<String> wrong = new ArrayList<>();
        int differing = 0;
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).want().equals(got.get(i))) continue;
            if (differing++ < 10) wrong.add(cases.get(i).request() + ": " + cases.get(i).want() + " on the JVM, " + got.get(i) + " in Node");
        }
        assertEquals(List.of(), wrong, differing + " of " + cases.size() + " cases differ");
    }
}
