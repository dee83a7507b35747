package nn.interp.lib.text;

import nn.i18n.Messages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;
import nn.interp.Value;
import nn.tensor.Matrix;
import nn.tensor.decimal.ShortestDigits;

/**
 * Python's format-spec mini-language, so {@code f"{E:.4f}"} and {@code format("{:>8.2%}", acc)} print
 * what a student coming from Python expects: {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}
 * with types {@code f F e E g G % d s} and none. Numbers are rounded half-to-even on their exact binary
 * value, as Python does ({@code f"{0.125:.2f}"} is 0.12, {@code f"{2.675:.2f}"} is 2.67), which is why this
 * is written here rather than with {@link String#format} (Java rounds the shortest decimal half-up).
 * Without a spec a value prints as {@code print} shows it, at the run's precision.
 * A matrix with a numeric spec formats each element and keeps the brackets.
 */
public final class FormatSpec {
    private final char fill, align, sign, type;
    private final boolean alternate, zeroPad;
    private final int width, precision;
    private final char grouping;

    private FormatSpec(char fill, char align, char sign, boolean alternate, boolean zeroPad, int width,
                       char grouping, int precision, char type) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.alternate = alternate;
        this.zeroPad = zeroPad;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    /** Thrown for a spec Python would refuse; the caller places it in the source. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        public Invalid(String message) { super(message, null, false, false); }
    }

    /** Parses a spec (the text after ':' in a placeholder; empty for none). */
    public static FormatSpec parse(String spec) throws Invalid {
        int i = 0, n = spec.length();
        char fill = ' ', align = 0, sign = 0, grouping = 0, type = 0;
        boolean alternate = false, zeroPad = false;
        int width = -1, precision = -1;
        if (n >= 2 && isAlign(spec.charAt(1))) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) sign = spec.charAt(i++);
        if (i < n && spec.charAt(i) == '#') { alternate = true; i++; }
        if (i < n && spec.charAt(i) == '0') { zeroPad = true; i++; }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) i++;
        if (i > start) width = digits(spec.substring(start, i));
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) grouping = spec.charAt(i++);
        if (i < n && spec.charAt(i) == '.') {
            start = ++i;
            while (i < n && Character.isDigit(spec.charAt(i))) i++;
            if (i == start) throw new Invalid(Messages.t("text.spec-dot-needs-digits"));
            precision = digits(spec.substring(start, i));
        }
        if (i < n) type = spec.charAt(i++);
        if (i < n || (type != 0 && "fFeEgGds%".indexOf(type) < 0))
            throw new Invalid(Messages.t("text.unknown-spec", spec));
        return new FormatSpec(fill, align, sign, alternate, zeroPad, width, grouping, precision, type);
    }

    private static boolean isAlign(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

    private static int digits(String s) throws Invalid {
        if (s.length() > 4) throw new Invalid(Messages.t("text.spec-too-large", s));
        return Integer.parseInt(s);
    }

    /** {@code value} formatted by this spec; {@code plain} writes a value as print does (no spec). */
    public String apply(Value value, Function<Value, String> plain) throws Invalid {
        boolean numeric = type != 0 && type != 's' || precision >= 0 && !(value instanceof Value.Str) || sign != 0
                || grouping != 0 || zeroPad || align == '=';
        String body;
        boolean isNumber = false;
        double number = 0;
        if (value instanceof Value.Num num) {
            isNumber = true;
            number = num.value();
        } else if (value instanceof Value.Mat m && m.value().isScalar()) {
            isNumber = true;
            number = m.value().item();
        }
        if (isNumber && numeric) {
            body = number(number, plain);
        } else if (numeric && (value instanceof Value.Mat || value instanceof Value.Tracked)) {
            Matrix m = value instanceof Value.Mat mv ? mv.value() : ((Value.Tracked) value).node().value();
            body = matrix(m, plain);
        } else if (numeric && !(value instanceof Value.Str && (type == 0 || type == 's'))) {
            throw new Invalid(Messages.t("text.spec-needs-number", describe(), value.describe()));
        } else {
            body = plain.apply(value);
            if (precision >= 0 && body.codePointCount(0, body.length()) > precision)
                body = body.substring(0, body.offsetByCodePoints(0, precision));  // Python's {:.3} of a string: its first 3 characters
        }
        return pad(body, isNumber && numeric);
    }

    private String describe() {
        StringBuilder sb = new StringBuilder();
        if (width >= 0) sb.append(width);
        if (precision >= 0) sb.append('.').append(precision);
        if (type != 0) sb.append(type);
        return sb.toString();
    }

    /** A format spec writes every element, so it takes matrices small enough to read. */
    static final int MATRIX_ELEMENTS = 1000;

    private String matrix(Matrix m, Function<Value, String> plain) throws Invalid {
        if (m.size() > MATRIX_ELEMENTS)
            throw new Invalid(Messages.t("text.spec-matrix-too-big", m.shape(), MATRIX_ELEMENTS));
        StringBuilder sb = new StringBuilder();
        if (m.rows() != 1) sb.append('[');
        for (int r = 0; r < m.rows(); r++) {
            sb.append(r == 0 ? "[" : ", [");
            for (int c = 0; c < m.cols(); c++) sb.append(c == 0 ? "" : ", ").append(number(m.get(r, c), plain));
            sb.append(']');
        }
        if (m.rows() != 1) sb.append(']');
        return sb.toString();
    }

    /**
     * One number: sign, digits, grouping; padding is applied around the whole field later. {@code plain}
     * writes it as print does, for a spec with neither type nor precision ({:+}, {:>8}).
     */
    private String number(double d, Function<Value, String> plain) throws Invalid {
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double magnitude = Math.abs(d);
        String digits;
        if (Double.isNaN(d)) {
            digits = Character.isUpperCase(type) ? "NAN" : "nan";
            negative = false;
        } else if (Double.isInfinite(d)) {
            digits = Character.isUpperCase(type) ? "INF" : "inf";
        } else {
            digits = switch (type) {
                case 'f', 'F' -> fixed(magnitude, precision < 0 ? 6 : precision);
                case '%' -> {
                    // As Python: the percentage is the double x·100, which a number near the largest overflows.
                    double percent = magnitude * 100;
                    yield (Double.isInfinite(percent) ? "inf" : fixed(percent, precision < 0 ? 6 : precision)) + "%";
                }
                case 'e', 'E' -> exponent(magnitude, precision < 0 ? 6 : precision, type == 'E');
                case 'g', 'G' -> general(magnitude, precision < 0 ? 6 : precision, type == 'G', false);
                case 'd' -> {
                    if (magnitude != Math.rint(magnitude))
                        throw new Invalid(Messages.t("text.spec-d-needs-whole", ShortestDigits.toString(d).replace(".0E", "E")));
                    yield new BigDecimal(magnitude).toBigInteger().toString();
                }
                case 's' -> throw new Invalid(Messages.t("text.spec-s-for-strings"));
                default -> precision < 0 ? plain.apply(new Value.Num(magnitude)) : general(magnitude, precision, false, true);
            };
            if (grouping != 0) digits = group(digits);
        }
        if (negative && d == 0 && type == 'd') negative = false;
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        return signText + digits;
    }

    private String fixed(double magnitude, int places) {
        String s = new BigDecimal(magnitude).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && places == 0 ? s + "." : s;
    }

    private String exponent(double magnitude, int places, boolean upper) {
        String mantissa;
        int exp;
        if (magnitude == 0) {
            mantissa = places == 0 ? "0" : "0." + "0".repeat(places);
            exp = 0;
        } else {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(places + 1, RoundingMode.HALF_EVEN));
            exp = rounded.precision() - rounded.scale() - 1;
            mantissa = rounded.movePointLeft(exp).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (alternate && places == 0) mantissa += ".";
        String e = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return mantissa + (upper ? "E" : "e") + e;
    }

    /**
     * Python's 'g': precision p significant digits; fixed notation when the exponent x of the rounded value
     * has -4 ≤ x < p, else scientific; trailing zeros removed unless '#'. {@code atLeastOneDecimal}: the
     * spec without a type ({@code .4}), which keeps one digit after the point in fixed notation (2.0).
     */
    private String general(double magnitude, int p, boolean upper, boolean atLeastOneDecimal) {
        if (p == 0) p = 1;
        int exp;
        if (magnitude == 0) exp = 0;
        else {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = rounded.precision() - rounded.scale() - 1;
        }
        String s;
        if (exp >= -4 && exp < p) {
            s = new BigDecimal(magnitude).setScale(p - 1 - exp, RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate && s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            if (atLeastOneDecimal && !s.contains(".")) s += ".0";
        } else {
            s = exponent(magnitude, p - 1, upper);
            if (!alternate) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String mantissa = s.substring(0, e);
                if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
                s = mantissa + s.substring(e);
            }
        }
        return s;
    }

    /** Thousands separators on the integer part: 1234567.5 → 1,234,567.5. */
    private String group(String digits) {
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) end++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (i > 0 && (end - i) % 3 == 0) sb.append(grouping);
            sb.append(digits.charAt(i));
        }
        return sb.append(digits, end, digits.length()).toString();
    }

    private String pad(String body, boolean number) {
        int length = body.codePointCount(0, body.length());
        if (width <= length) return body;
        int gap = width - length;
        char a = align != 0 ? align : zeroPad && number ? '=' : number ? '>' : '<';
        char f = align == 0 && zeroPad && number ? '0' : fill;
        String padding = String.valueOf(f).repeat(gap);
        return switch (a) {
            case '<' -> body + padding;
            case '>' -> padding + body;
            case '^' -> String.valueOf(f).repeat(gap / 2) + body + String.valueOf(f).repeat(gap - gap / 2);
            default -> {  // '=': padding after the sign
                int signEnd = !body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0 ? 1 : 0;
                yield body.substring(0, signEnd) + padding + body.substring(signEnd);
            }
        };
    }
}
