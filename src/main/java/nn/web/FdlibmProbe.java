package nn.web;

import nn.tensor.Decimals;
import nn.tensor.Fdlibm;
import nn.tensor.decimal.DecimalParser;
import nn.tensor.decimal.ShortestDigits;
import nn.web.teavm.ExactFmaRows;
import org.teavm.jso.JSExport;

/**
 * A second, tiny TeaVM build (target/web-probe/fdlibm-probe.js, not part of the page) that lets the tests check
 * in Node that {@link Fdlibm} compiled to JavaScript gives the JVM's bits, and that numbers print with the JVM's
 * digits: {@code fdlibmProbe(request)} takes lines {@code NAME X} or {@code NAME X Y} (the arguments as the
 * hexadecimal of their raw bits) and answers, one line each, the hexadecimal bits of the result, or for
 * {@code str} and {@code strf} (nn's {@link ShortestDigits#toString(double)} of X, and of the float whose bits
 * are X's low 32), {@code dec} ({@link Decimals#number(double, int)}, Y decimals), {@code round} and
 * {@code roundf} ({@code Math.round} of X and of (float) X) the text; {@code parse TEXT} and
 * {@code parsef TEXT} (nn's {@link DecimalParser} of a decimal text) the result's bits; {@code rint} and
 * {@code fma} (three arguments) are {@code Math}'s, which the build plugin {@code nn.web.teavm.MathPlugin}
 * replaces as in nn.js; {@code fmarows} is the same fma through the matrix product's row loop in the browser
 * ({@link ExactFmaRows}, on a 1×1 panel). Long hexadecimal text crosses the JavaScript boundary unchanged, where a number would lose a NaN's payload.
 */
public final class FdlibmProbe {
    private FdlibmProbe() {}

    /** TeaVM needs a main class; the test calls {@link #fdlibmProbe}. */
    public static void main(String[] args) {
        // nothing to start
    }

    @JSExport
    public static String fdlibmProbe(String request) {
        StringBuilder out = new StringBuilder();
        for (String line : request.split("\n")) {
            if (line.isBlank()) continue;
            String[] f = line.trim().split(" ");
            if (f[0].equals("parse")) {
                out.append(Long.toHexString(Double.doubleToRawLongBits(DecimalParser.parseDouble(f[1])))).append('\n');
                continue;
            }
            if (f[0].equals("parsef")) {
                out.append(Integer.toHexString(Float.floatToRawIntBits(DecimalParser.parseFloat(f[1])))).append('\n');
                continue;
            }
            double x = bits(f[1]), y = f.length > 2 ? bits(f[2]) : 0, z = f.length > 3 ? bits(f[3]) : 0;
            String text = switch (f[0]) {
                case "str" -> ShortestDigits.toString(x);
                case "strf" -> ShortestDigits.toString(Float.intBitsToFloat((int) Double.doubleToRawLongBits(x)));
                case "dec" -> Decimals.number(x, (int) y);
                case "round" -> Long.toString(Math.round(x));
                case "roundf" -> Integer.toString(Math.round((float) x));
                default -> null;
            };
            if (text != null) {
                out.append(text).append('\n');
                continue;
            }
            double r = switch (f[0]) {
                case "exp" -> Fdlibm.exp(x);
                case "log" -> Fdlibm.log(x);
                case "log10" -> Fdlibm.log10(x);
                case "log1p" -> Fdlibm.log1p(x);
                case "expm1" -> Fdlibm.expm1(x);
                case "tanh" -> Fdlibm.tanh(x);
                case "sin" -> Fdlibm.sin(x);
                case "cos" -> Fdlibm.cos(x);
                case "atan" -> Fdlibm.atan(x);
                case "pow" -> Fdlibm.pow(x, y);
                case "atan2" -> Fdlibm.atan2(x, y);
                case "rint" -> Math.rint(x);
                case "fma" -> Math.fma(x, y, z);
                case "fmarows" -> fmaThroughRows(x, y, z);
                default -> throw new IllegalArgumentException("no function " + f[0]);
            };
            out.append(Long.toHexString(Double.doubleToRawLongBits(r))).append('\n');
        }
        return out.toString();
    }

    private static double fmaThroughRows(double x, double y, double z) {
        double[] t = {z};
        ExactFmaRows.rows1(new double[] {x}, 0, 1, new double[][] {{y}}, t, 0, 1, 1);
        return t[0];
    }

    /** The double whose raw bits are {@code hex} (up to 16 digits; TeaVM has no Long.parseUnsignedLong). */
    private static double bits(String hex) {
        String h = "0".repeat(16 - hex.length()) + hex;
        long high = Long.parseLong(h.substring(0, 8), 16), low = Long.parseLong(h.substring(8), 16);
        return Double.longBitsToDouble(high << 32 | low);
    }
}
