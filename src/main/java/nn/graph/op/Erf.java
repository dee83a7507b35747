package nn.graph.op;

import nn.tensor.Fdlibm;

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, which Java's Math lacks, to within a few ulps.
 * Below |x| = 3 it sums the series 2/√π · e^(−x²) · Σ 2ⁿx^(2n+1) / (1·3·…·(2n+1)), whose terms are all
 * positive (no cancellation); above, erfc(|x|) by its continued fraction (Lentz's method), which converges
 * fast there. Beyond |x| = 6, erf is ±1 to double precision.
 */
final class Erf {
    private Erf() {}

    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        double r = a < 3 ? series(a) : a > 6 ? 1 : 1 - erfcFraction(a);
        return x < 0 ? -r : r;
    }

    private static double series(double a) {
        double term = a, sum = a, x2 = a * a;
        for (int n = 1; n < 200 && term > sum * 1e-17; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Fdlibm.exp(-x2) * sum;
    }

    // erfc(a) = e^(−a²)/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + …))))), evaluated by modified Lentz.
    private static double erfcFraction(double a) {
        double tiny = 1e-300, f = a, c = a, d = 0;
        for (int k = 1; k < 500; k++) {
            double coef = k * 0.5;
            d = a + coef * d;
            d = d == 0 ? tiny : d;
            c = a + coef / c;
            c = c == 0 ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        return Fdlibm.exp(-a * a) / Math.sqrt(Math.PI) / f;
    }
}
