package nn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nn's math functions ({@code nn.tensor.Fdlibm}) compiled to JavaScript by TeaVM give, in Node, the bits that
 * {@code StrictMath} gives on the JVM, and numbers print with the JVM's digits: a table of arguments (edge values
 * and random ones, as raw bits) goes to target/web-probe/fdlibm-probe.js (built from {@code nn.web.FdlibmProbe}
 * with nn.js's settings and build plugin) and every answer is compared bit for bit, or character for character. JavaScript's own {@code Math} functions would not pass (V8's {@code Math.pow}
 * differs in the last bit for about one argument in thirty).
 */
class FdlibmInNodeTest {
    static final Path PROBE = Path.of("target/web-probe/fdlibm-probe.js");

    /** A request line and the answer the JVM gives: the result's bits in hexadecimal, or the text. */
    record Case(String name, double x, double y, String want) {
        Case(String name, double x, double y, double want) { this(name, x, y, Long.toHexString(Double.doubleToRawLongBits(want))); }

        boolean binary() { return name.equals("pow") || name.equals("atan2") || name.equals("dec"); }

        String request() {
            return name + " " + Long.toHexString(Double.doubleToRawLongBits(x))
                    + (binary() ? " " + Long.toHexString(Double.doubleToRawLongBits(y)) : "");
        }

        String call() { return name + "(" + x + (binary() ? ", " + y : "") + ")"; }
    }

    private static final double[] EDGES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x0.fffffffffffffp-1022, 1e-300, 0x1.0p-60,
        0x1.0p-28, 1e-8, 0.1, 0.25, 0.5, 0.6931471805599453, Math.PI / 4, 1.0, -1.0, 1.5, Math.PI / 2, 2.0, Math.E,
        Math.PI, 10.0, 22.0, 100.0, 709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412,
        1e6, 0x1.0p31, 0x1.0p53, 1e22, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L),
    };

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(14);
        unary(cases, rng, "exp", StrictMath::exp, 750);
        unary(cases, rng, "log", StrictMath::log, 1e6);
        unary(cases, rng, "log10", StrictMath::log10, 1e6);
        unary(cases, rng, "log1p", StrictMath::log1p, 10);
        unary(cases, rng, "expm1", StrictMath::expm1, 750);
        unary(cases, rng, "tanh", StrictMath::tanh, 25);
        unary(cases, rng, "sin", StrictMath::sin, 1e6);
        unary(cases, rng, "cos", StrictMath::cos, 1e6);
        unary(cases, rng, "atan", StrictMath::atan, 10);
        binary(cases, rng, "pow", StrictMath::pow);
        binary(cases, rng, "atan2", StrictMath::atan2);
        for (int t = 1; t <= 3000; t++) {                     // Adam's bias correction, β^t
            cases.add(new Case("pow", 0.9, t, StrictMath.pow(0.9, t)));
            cases.add(new Case("pow", 0.999, t, StrictMath.pow(0.999, t)));
        }
        // How numbers print: nn's rounding to 4 (its default) and 2 decimals, rint and round. (nn's shortest digits
        // and its decimal reading are DigitsInNodeTest's.)
        for (int i = 0; i < 20_000; i++) {
            double x = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(rng.nextLong());
                case 1 -> rng.nextDouble();
                case 2 -> rng.nextInt(-100_000, 100_000) / 1000.0;   // decimal halves: 0.0125, 2.5
                default -> rng.nextInt(-1000, 1000) + 0.5;
            };
            cases.add(new Case("dec", x, 4, nn.tensor.Decimals.number(x, 4)));
            cases.add(new Case("dec", x, 2, nn.tensor.Decimals.number(x, 2)));
            cases.add(new Case("rint", x, 0, Math.rint(x)));
            cases.add(new Case("round", x, 0, Long.toString(Math.round(x))));
            cases.add(new Case("roundf", x, 0, Integer.toString(Math.round((float) x))));
        }
        for (double x : EDGES) {
            if (!Double.isNaN(x)) cases.add(new Case("rint", x, 0, Math.rint(x)));
            cases.add(new Case("round", x, 0, Long.toString(Math.round(x))));
        }
        return cases;
    }

    private static double random(SplittableRandom rng, double limit) {
        return switch (rng.nextInt(3)) {
            case 0 -> Double.longBitsToDouble(rng.nextLong());
            case 1 -> (rng.nextDouble() * 2 - 1) * limit;
            default -> (rng.nextDouble() * 2 - 1) * 2;
        };
    }

    private static void unary(List<Case> cases, SplittableRandom rng, String name, DoubleUnaryOperator f, double limit) {
        for (double x : EDGES) cases.add(new Case(name, x, 0, f.applyAsDouble(x)));
        for (int i = 0; i < 5000; i++) {
            double x = random(rng, limit);
            cases.add(new Case(name, x, 0, f.applyAsDouble(x)));
        }
    }

    private static void binary(List<Case> cases, SplittableRandom rng, String name, DoubleBinaryOperator f) {
        for (double x : EDGES) for (double y : EDGES) cases.add(new Case(name, x, y, f.applyAsDouble(x, y)));
        for (int i = 0; i < 5000; i++) {
            double x = random(rng, 10), y = random(rng, 300);
            cases.add(new Case(name, x, y, f.applyAsDouble(x, y)));
        }
    }

    /** Two NaN results are the same result (which NaN's payload x + y keeps is the JIT's choice; nn prints nan). */
    private static boolean bothNaN(String want, String got) {
        return isNaNBits(want) && isNaNBits(got);
    }

    private static boolean isNaNBits(String hex) {
        if (!hex.matches("[0-9a-f]{16}")) return false;
        long bits = Long.parseUnsignedLong(hex, 16);
        return Double.isNaN(Double.longBitsToDouble(bits));
    }

    /**
     * The probe's answers in Node, one per request line (skips the test where Node is missing): the JVM-free
     * half of every check that compares the compiled code's results with the JVM's.
     */
    static List<String> answers(Path dir, List<String> requests) throws IOException, InterruptedException {
        String missing = NodeRunner.missing();
        Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing);
        assertTrue(Files.isRegularFile(PROBE), PROBE + " is missing: build it with mvn process-classes");
        Path request = dir.resolve("request.txt"), answer = dir.resolve("answer.txt");
        Files.writeString(request, String.join("\n", requests) + "\n");
        Process p = new ProcessBuilder("node", "src/test/js/fdlibm-probe.js", PROBE.toString(), request.toString())
                .redirectOutput(answer.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "node finished");
        assertEquals(0, p.exitValue(), "node's exit status");
        List<String> got = Files.readAllLines(answer, StandardCharsets.UTF_8);
        assertEquals(requests.size(), got.size(), "one answer per request");
        return got;
    }

    /**
     * The browser's fused multiply-add, alone ({@code fma}: ExactFma, where the build plugin sends Math.fma) and in
     * the matrix product's row loop ({@code fmarows}: ExactFmaRows), compiled and run in Node, gives Math.fma's bits
     * on the JVM: operands of every scale, sums that cancel, sums beside and on midpoints between doubles (where
     * rounding the sum alone is wrong), overflow, zeros, infinities, NaN, and subnormal operands and results (where
     * TeaVM's BigDecimal.doubleValue rounded about one in a thousand wrongly before ExactFma rounded for itself:
     * fma(4.9E-324, 4.9E-324, -4.9E-324) gave -1.0E-323).
     */
    @Test
    void theCompiledFmaGivesMathFmasBits(@TempDir Path dir) throws IOException, InterruptedException {
        List<double[]> operands = fmaOperands();
        List<String> requests = new ArrayList<>();
        for (String name : List.of("fma", "fmarows"))
            for (double[] o : operands)
                requests.add(name + " " + hex(o[0]) + " " + hex(o[1]) + " " + hex(o[2]));
        List<String> got = answers(dir, requests);
        List<String> wrong = new ArrayList<>();
        int differing = 0;
        for (int i = 0; i < requests.size(); i++) {
            double[] o = operands.get(i % operands.size());
            String want = hex(Math.fma(o[0], o[1], o[2]));
            if (want.equals(got.get(i)) || bothNaN(want, got.get(i))) continue;
            if (differing++ < 10) wrong.add(requests.get(i).split(" ")[0] + "(" + o[0] + ", " + o[1] + ", " + o[2] + ") = "
                    + want + " on the JVM, " + got.get(i) + " in Node");
        }
        assertEquals(List.of(), wrong, differing + " of " + requests.size() + " cases differ");
    }

    private static boolean subnormal(double x) { return x != 0 && Math.abs(x) < Double.MIN_NORMAL; }

    private static String hex(double x) { return Long.toHexString(Double.doubleToRawLongBits(x)); }

    private static List<double[]> fmaOperands() {
        List<double[]> cases = new ArrayList<>();
        double[] edges = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-1000, 0x1p-900,
                0x1p-450, 0x1p-451, 0x1p450, 0x1p451, 0x1p1000, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN, 1.0 / 3, Math.nextUp(1.0), 0x1p-1022 * 3};
        for (double a : edges) for (double b : edges) for (double c : edges) cases.add(new double[] {a, b, c});
        SplittableRandom r = new SplittableRandom(31);
        for (int i = 0; i < 15_000; i++) {
            double a = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-560, 560));
            double b = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-560, 560));
            cases.add(new double[] {a, b, r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-1021, 1024))});
            double p = a * b;
            cases.add(new double[] {a, b, -p});                                      // the product's rounding error
            cases.add(new double[] {a, b, -p * (1 + r.nextInt(-8, 9) * 0x1p-40)});  // most of it cancelled
            // c + a·b within a few units of 2^-104 beside or on a midpoint between doubles
            double c = (1 + r.nextInt(0, 1 << 20) * 0x1p-52) * Math.pow(2, r.nextInt(-40, 40)) * (r.nextBoolean() ? 1 : -1);
            double x = (1 + r.nextInt(-4, 5) * 0x1p-52) * (r.nextBoolean() ? 1 : -1);
            double y = Math.ulp(c) / 2 * (1 + r.nextInt(-4, 5) * 0x1p-52) * (r.nextBoolean() ? 1 : -1);
            cases.add(new double[] {x, y, c});
            cases.add(new double[] {x * 3, y / 3, c});
        }
        // products and sums in and around the subnormal range, c itself subnormal or not
        for (int i = 0; i < 6_000; i++) {
            double a = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-600, -400));
            double b = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-574, -470));
            double c = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-1074, -1000));
            cases.add(new double[] {a, b, c});
            cases.add(new double[] {a, b, -a * b});
            cases.add(new double[] {r.nextLong(-64, 64) * Double.MIN_VALUE, r.nextDouble(-4, 4), r.nextLong(-64, 64) * Double.MIN_VALUE});
        }
        long subnormals = cases.stream().filter(o -> subnormal(Math.fma(o[0], o[1], o[2])) || subnormal(o[2])).count();
        assertTrue(subnormals > 5_000, subnormals + " cases with a subnormal result or addend");
        return cases;
    }

    @Test
    void theCompiledFunctionsGiveStrictMathsBits(@TempDir Path dir) throws IOException, InterruptedException {
        List<Case> cases = cases();
        List<String> got = answers(dir, cases.stream().map(Case::request).toList());
        List<String> wrong = new ArrayList<>();
        int differing = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            if (c.want().equals(got.get(i)) || bothNaN(c.want(), got.get(i))) continue;
            if (differing++ < 10) wrong.add(c.call() + " = " + c.want() + " on the JVM, " + got.get(i) + " in Node");
        }
        assertEquals(List.of(), wrong, differing + " of " + cases.size() + " cases differ");
    }
}
