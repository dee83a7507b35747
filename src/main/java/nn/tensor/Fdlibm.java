package nn.tensor;

import nn.platform.DoubleWords;

/**
 * The transcendental functions nn computes with, written in Java so that the JVM and the browser build (TeaVM,
 * see {@code nn.web}) run the same operations and round the same way: every result here has the same bits on
 * every JVM, every machine and in JavaScript. {@code Math.exp} and friends are HotSpot intrinsics whose last
 * bit may differ between machines and JVMs, and TeaVM turns both {@code Math.*} and {@code StrictMath.*} into
 * JavaScript's {@code Math} functions, whose last bits differ again (V8's {@code Math.pow}, for one).
 *
 * <p>Each function is a translation of fdlibm 5.3, the C library that defines {@link StrictMath}, so each gives
 * {@code StrictMath}'s result bit for bit (checked over millions of arguments by {@code FdlibmTest}, and in
 * Node by {@code BrowserBuildTest}). The algorithms only need IEEE double arithmetic (+ − × ÷ rounded to
 * nearest, which Java and JavaScript both do exactly) and access to a double's two 32-bit words.
 * {@code Math.sqrt}, {@code Math.abs} and {@code Math.floor} are exact everywhere and stay as they are.
 *
 * <p>License: fdlibm carries this notice, preserved here as it asks —
 * <blockquote>Copyright (C) 1993 (e_pow.c: 2004) by Sun Microsystems, Inc. All rights reserved. Developed at SunSoft, a Sun
 * Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved.</blockquote>
 * This file is nn's own translation of those C algorithms and coefficients (not a copy of the JDK's
 * GPL-licensed {@code java.lang.FdLibm}, which translates the same C code).
 */
public final class Fdlibm {
    private Fdlibm() {}

    private static final double TWO24 = 0x1.0p24, TWO54 = 0x1.0p54, HUGE = 1.0e300, TINY = 1.0e-300;
    private static final double LN2_HI = 0x1.62e42feep-1, LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double INV_LN2 = 0x1.71547652b82fep0;

    // ---- the two 32-bit words of a double (fdlibm's __HI and __LO) ----

    static int hi(double x) { return DoubleWords.hi(x); }
    static int lo(double x) { return DoubleWords.lo(x); }
    static double fromWords(int hi, int lo) { return DoubleWords.of(hi, lo); }
    static double withHi(double x, int hi) { return fromWords(hi, lo(x)); }
    static double withLo(double x, int lo) { return fromWords(hi(x), lo); }

    /** x·2^n, rounded once (as {@code Math.scalb}), by at most three exact multiplications by powers of two. */
    static double scalb(double x, int n) {
        if (n > 1023) {
            x *= 0x1.0p1023;
            n -= 1023;
            if (n > 1023) {
                x *= 0x1.0p1023;
                n = Math.min(n - 1023, 1023);
            }
        } else if (n < -1022) {
            // Scale in two steps that stay normal until the last, so the result is rounded once.
            x *= 0x1.0p-969;
            n += 969;
            if (n < -1022) {
                x *= 0x1.0p-969;
                n = Math.max(n + 969, -1022);
            }
        }
        return x * fromWords((0x3ff + n) << 20, 0);
    }

    // ---- exp ----

    private static final double EXP_O_THRESHOLD = 0x1.62e42fefa39efp9, EXP_U_THRESHOLD = -0x1.74910d52d3051p9;
    private static final double TWO_M1000 = 0x1.0p-1000;
    private static final double P1 = 0x1.555555555553ep-3, P2 = -0x1.6c16c16bebd93p-9, P3 = 0x1.1566aaf25de2cp-14,
            P4 = -0x1.bbd41c5d26bf1p-20, P5 = 0x1.6376972bea4d0p-25;

    /** e^x; the same bits as {@link StrictMath#exp}. */
    public static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= 0x40862e42) {                        // |x| >= 709.78…
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) return x + x;  // NaN
                return xsb == 0 ? x : 0.0;                        // e^+inf = inf, e^-inf = 0
            }
            if (x > EXP_O_THRESHOLD) return HUGE * HUGE;
            if (x < EXP_U_THRESHOLD) return TWO_M1000 * TWO_M1000;
        }
        double hi = 0, lo = 0;
        int k = 0;
        if (hx > 0x3fd62e42) {                         // |x| > ln2/2: x = k·ln2 + r
            if (hx < 0x3ff0a2b2) {                     // and |x| < 1.5·ln2
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;                   // exact
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) {                  // |x| < 2^-28
            if (HUGE + x > 1.0) return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) return withHi(y, hi(y) + (k << 20));
        return withHi(y, hi(y) + ((k + 1000) << 20)) * TWO_M1000;
    }

    // ---- log, log10 ----

    private static final double LG1 = 0x1.5555555555593p-1, LG2 = 0x1.999999997fa04p-2, LG3 = 0x1.2492494229359p-2,
            LG4 = 0x1.c71c51d8e78afp-3, LG5 = 0x1.7466496cb03dep-3, LG6 = 0x1.39a09d078c69fp-3,
            LG7 = 0x1.2f112df3e5244p-3;

    /** The natural logarithm; the same bits as {@link StrictMath#log}. */
    public static double log(double x) {
        int hx = hi(x), lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {                         // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) return -TWO54 / 0.0;  // log(±0) = -inf
            if (hx < 0) return (x - x) / 0.0;                        // log(negative) = NaN
            k -= 54;
            x *= TWO54;                                // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000));          // x or x/2 in [sqrt(2)/2, sqrt(2)]
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {             // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) return 0.0;
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r;
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    private static final double IVLN10 = 0x1.bcb7b1526e50ep-2, LOG10_2HI = 0x1.34413509f6p-2,
            LOG10_2LO = 0x1.9fef311f12b36p-42;

    /** The base-10 logarithm; the same bits as {@link StrictMath#log10}. */
    public static double log10(double x) {
        int hx = hi(x), lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) return -TWO54 / 0.0;
            if (hx < 0) return (x - x) / 0.0;
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    // ---- log1p, expm1, tanh ----

    /** ln(1 + x), accurate for small x; the same bits as {@link StrictMath#log1p}. */
    public static double log1p(double x) {
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        double f = 0, c = 0;
        if (hx < 0x3fda827a) {                         // x < 0.41422
            if (ax >= 0x3ff00000) return x == -1.0 ? Double.NEGATIVE_INFINITY : Double.NaN;  // x <= -1
            if (ax < 0x3e200000) {                     // |x| < 2^-29
                if (TWO54 + x > 0.0 && ax < 0x3c900000) return x;   // |x| < 2^-54
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {          // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) return x + x;
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);  // the rounding error of 1 + x
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);        // u in [1, sqrt(2))
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);        // u/2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {                                 // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) return 0.0;
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - r;
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0) return f - (hfsq - s * (hfsq + r));
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    private static final double Q1 = -0x1.11111111110f4p-5, Q2 = 0x1.a01a019fe5585p-10, Q3 = -0x1.4ce199eaadbb7p-14,
            Q4 = 0x1.0cfca86e65239p-18, Q5 = -0x1.afdb76e09c32dp-23;

    /** e^x − 1, accurate for small x; the same bits as {@link StrictMath#expm1}. */
    public static double expm1(double x) {
        int hx = hi(x);
        int xsb = hx & 0x80000000;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687a) {                        // |x| >= 56·ln2
            if (hx >= 0x40862e42) {                    // |x| >= 709.78…
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) return x + x;  // NaN
                    return xsb == 0 ? x : -1.0;
                }
                if (x > EXP_O_THRESHOLD) return HUGE * HUGE;
            }
            if (xsb != 0 && x + TINY < 0.0) return TINY - 1.0;       // x < -56·ln2: -1
        }
        double c = 0;
        int k;
        if (hx > 0x3fd62e42) {                         // |x| > ln2/2
            double hi, lo;
            if (hx < 0x3ff0a2b2) {                     // and |x| < 1.5·ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {                  // |x| < 2^-54
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        double y;
        if (k <= -2 || k > 56) {                       // exp(x) - 1 suffices
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = fromWords(0x3ff00000 - (0x200000 >> k), 0);  // 1 - 2^-k
            y = t - (e - x);
            y = withHi(y, hi(y) + (k << 20));
        } else {
            t = fromWords((0x3ff - k) << 20, 0);       // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = withHi(y, hi(y) + (k << 20));
        }
        return y;
    }

    /** The hyperbolic tangent; the same bits as {@link StrictMath#tanh}. */
    public static double tanh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;  // ±1, or NaN
        double z;
        if (ix < 0x40360000) {                         // |x| < 22
            if (ix < 0x3c800000) return x * (1.0 + x); // |x| < 2^-55
            if (ix >= 0x3ff00000) {                    // |x| >= 1
                double t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;                            // ±1
        }
        return jx >= 0 ? z : -z;
    }

    // ---- pow ----

    private static final double[] BP = {1.0, 1.5}, DP_H = {0.0, 0x1.2b8034p-1}, DP_L = {0.0, 0x1.cfdeb43cfd006p-27};
    private static final double L1 = 0x1.3333333333303p-1, L2 = 0x1.b6db6db6fabffp-2, L3 = 0x1.55555518f264dp-2,
            L4 = 0x1.17460a91d4101p-2, L5 = 0x1.d864a93c9db65p-3, L6 = 0x1.a7e284a454eefp-3;
    private static final double CP = 0x1.ec709dc3a03fdp-1, CP_H = 0x1.ec709ep-1, CP_L = -0x1.e2fe0145b01f5p-28;
    private static final double LN2 = 0x1.62e42fefa39efp-1, LN2_H = 0x1.62e43p-1, LN2_L = -0x1.05c610ca86c39p-29;
    private static final double INV_LN2_H = 0x1.715476p0, INV_LN2_L = 0x1.4ae0bf85ddf44p-26;
    private static final double OVT = 8.0085662595372944372e-17;

    /** x^y; the same bits as {@link StrictMath#pow}. */
    public static double pow(double x, double y) {
        if (y == 0.0) return 1.0;
        if (Double.isNaN(x) || Double.isNaN(y)) return x + y;
        double yAbs = Math.abs(y), xAbs = Math.abs(x);
        if (y == 2.0) return x * x;
        if (y == 0.5) {
            if (x >= -Double.MAX_VALUE) return Math.sqrt(x + 0.0);  // + 0.0: sqrt(-0) would be -0
        } else if (yAbs == 1.0) {
            return y == 1.0 ? x : 1.0 / x;
        } else if (yAbs == Double.POSITIVE_INFINITY) {
            if (xAbs == 1.0) return y - y;             // (±1)^±inf = NaN
            if (xAbs > 1.0) return y >= 0 ? y : 0.0;
            return y < 0 ? -y : 0.0;
        }
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        // For x < 0: 0 when y is not an integer, 1 when it is odd, 2 when it is even.
        int yIsInt = 0;
        if (hx < 0) {
            if (yAbs >= 0x1.0p53) {
                yIsInt = 2;
            } else if (yAbs >= 1.0) {
                long whole = (long) yAbs;
                if ((double) whole == yAbs) yIsInt = 2 - (int) (whole & 1);
            }
        }
        if (xAbs == 0.0 || xAbs == Double.POSITIVE_INFINITY || xAbs == 1.0) {
            double z = xAbs;
            if (y < 0.0) z = 1.0 / z;
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yIsInt) == 0) z = (z - z) / (z - z);  // (-1)^non-integer = NaN
                else if (yIsInt == 1) z = -1.0 * z;
            }
            return z;
        }
        int n = (hx >> 31) + 1;
        if ((n | yIsInt) == 0) return (x - x) / (x - x);  // negative^non-integer = NaN
        double s = (n | (yIsInt - 1)) == 0 ? -1.0 : 1.0;  // the sign of the result
        double t1, t2;
        if (yAbs > 0x1.00000ffffffffp31) {             // |y| > ~2^31
            if (xAbs < 0x1.fffff00000000p-1) return y < 0.0 ? s * Double.POSITIVE_INFINITY : s * 0.0;
            if (xAbs > 0x1.00000ffffffffp0) return y > 0.0 ? s * Double.POSITIVE_INFINITY : s * 0.0;
            // |1 - x| <= 2^-20: log2(x) by log(1 + t)
            double t = xAbs - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = INV_LN2_H * t;
            double v = t * INV_LN2_L - w * INV_LN2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) {                     // subnormal x
                xAbs *= 0x1.0p53;
                n -= 53;
                ix = hi(xAbs);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            int k;
            ix = j | 0x3ff00000;
            if (j <= 0x3988e) {
                k = 0;                                 // |x| < sqrt(3/2)
            } else if (j < 0xbb67a) {
                k = 1;                                 // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            xAbs = withHi(xAbs, ix);
            // ss = sH + sL = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
            double u = xAbs - BP[k];
            double v = 1.0 / (xAbs + BP[k]);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = xAbs - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            // log(x)
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            // log2(x) = n + DP_H[k] + zH + zL
            double t = n;
            t1 = withLo(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }
        // y·log2(x) = (y1 + y2)(t1 + t2)
        double y1 = withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z), i = lo(z);
        if (j >= 0x40900000) {                         // z >= 1024
            if (((j - 0x40900000) | i) != 0) return s * Double.POSITIVE_INFINITY;
            if (pL + OVT > z - pH) return s * Double.POSITIVE_INFINITY;
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {   // z <= -1075
            if (((j - 0xc090cc00) | i) != 0) return s * 0.0;
            if (pL <= z - pH) return s * 0.0;
        }
        // 2^(pH + pL)
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {                          // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) n = -n;
            pH -= t;
        }
        double t = withLo(pL + pH, 0);
        double u = t * LN2_H;
        double v = (pL - (t - pH)) * LN2 + t * LN2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z) + (n << 20);
        if ((j >> 20) <= 0) z = scalb(z, n);           // subnormal result
        else z = withHi(z, j);
        return s * z;
    }

    // ---- sin, cos ----

    private static final double S1 = -0x1.5555555555549p-3, S2 = 0x1.111111110f8a6p-7, S3 = -0x1.a01a019c161d5p-13,
            S4 = 0x1.71de357b1fe7dp-19, S5 = -0x1.ae5e68a2b9cebp-26, S6 = 0x1.5d93a5acfd57cp-33;
    private static final double C1 = 0x1.555555555554cp-5, C2 = -0x1.6c16c16c15177p-10, C3 = 0x1.a01a019cb159p-16,
            C4 = -0x1.27e4f809c52adp-22, C5 = 0x1.1ee9ebdb4b1c4p-29, C6 = -0x1.8fae9be8838d4p-37;

    /** The sine of x radians; the same bits as {@link StrictMath#sin}. */
    public static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelSin(x, 0.0, false);  // |x| <= pi/4
        if (ix >= 0x7ff00000) return x - x;                     // NaN
        double[] y = new double[2];
        int n = remPio2(x, y);
        return switch (n & 3) {
            case 0 -> kernelSin(y[0], y[1], true);
            case 1 -> kernelCos(y[0], y[1]);
            case 2 -> -kernelSin(y[0], y[1], true);
            default -> -kernelCos(y[0], y[1]);
        };
    }

    /** The cosine of x radians; the same bits as {@link StrictMath#cos}. */
    public static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelCos(x, 0.0);
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        return switch (n & 3) {
            case 0 -> kernelCos(y[0], y[1]);
            case 1 -> -kernelSin(y[0], y[1], true);
            case 2 -> -kernelCos(y[0], y[1]);
            default -> kernelSin(y[0], y[1], true);
        };
    }

    /** sin(x + y) for |x| <= pi/4, y the tail of x (used when {@code hasTail}). */
    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) return x;  // |x| < 2^-27
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) return x + v * (S1 + z * r);
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) for |x| <= pi/4, y the tail of x. */
    private static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) return 1.0;  // |x| < 2^-27
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3fd33333) return 1.0 - (0.5 * z - (z * r - x * y));  // |x| < 0.3
        double qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);  // x/4
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    // ---- argument reduction: x − n·pi/2 ----

    /** 2/pi in 24-bit pieces. */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB,
        0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5,
        0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
        0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B,
        0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };
    /** The high words of n·pi/2 for n = 1…32: near those, the first reduction cancels. */
    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
        0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
        0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
    };
    private static final double INV_PIO2 = 0x1.45f306dc9c883p-1, PIO2_1 = 0x1.921fb544p0,
            PIO2_1T = 0x1.0b4611a626331p-34, PIO2_2 = 0x1.0b4611a6p-34, PIO2_2T = 0x1.3198a2e037073p-69,
            PIO2_3 = 0x1.3198a2ep-69, PIO2_3T = 0x1.b839a252049c1p-104;

    /** y[0] + y[1] = x − n·pi/2 with |y| <= pi/4; returns n. */
    private static int remPio2(double x, double[] y) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x4002d97c) {                         // |x| < 3pi/4: n = ±1
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != 0x3ff921fb) {
                    y[0] = z - PIO2_1T;
                    y[1] = (z - y[0]) - PIO2_1T;
                } else {                               // near pi/2: 33 + 33 + 53 bits of pi
                    z -= PIO2_2;
                    y[0] = z - PIO2_2T;
                    y[1] = (z - y[0]) - PIO2_2T;
                }
                return 1;
            }
            double z = x + PIO2_1;
            if (ix != 0x3ff921fb) {
                y[0] = z + PIO2_1T;
                y[1] = (z - y[0]) + PIO2_1T;
            } else {
                z += PIO2_2;
                y[0] = z + PIO2_2T;
                y[1] = (z - y[0]) + PIO2_2T;
            }
            return -1;
        }
        if (ix <= 0x413921fb) {                        // |x| <= 2^19·pi/2
            double t = Math.abs(x);
            int n = (int) (t * INV_PIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T;                   // good to 85 bits
            if (n < 32 && ix != NPIO2_HW[n - 1]) {
                y[0] = r - w;
            } else {
                int j = ix >> 20;
                y[0] = r - w;
                int i = j - ((hi(y[0]) >> 20) & 0x7ff);
                if (i > 16) {                          // a second round, good to 118 bits
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y[0] = r - w;
                    i = j - ((hi(y[0]) >> 20) & 0x7ff);
                    if (i > 49) {                      // a third, 151 bits
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if (hx < 0) {
                y[0] = -y[0];
                y[1] = -y[1];
                return -n;
            }
            return n;
        }
        // Large |x|: z = |x|·2^-e0 split into three 24-bit integers, then the long reduction.
        int e0 = (ix >> 20) - 1046;
        double z = fromWords(ix - (e0 << 20), lo(x));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) nx--;
        int n = kernelRemPio2(tx, y, e0, nx);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    private static final double[] PIO2 = {
        0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72,
        0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
    };
    private static final double TWON24 = 0x1.0p-24;

    /**
     * Payne and Hanek's reduction of x = Σ x[i]·2^(e0 − 24i) by pi/2 (fdlibm's __kernel_rem_pio2 at the
     * precision of two doubles): y[0] + y[1], and n mod 8.
     */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        final int jk = 4, jp = jk;                     // init_jk[prec = 2]
        int[] iq = new int[20];
        double[] f = new double[20], fq = new double[20], q = new double[20];
        int jx = nx - 1;
        int jv = Math.max((e0 - 3) / 24, 0);
        int q0 = e0 - 24 * (jv + 1);
        int j = jv - jx, m = jx + jk;
        for (int i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
        for (int i = 0; i <= jk; i++) {
            double fw = 0.0;
            for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
            q[i] = fw;
        }
        int jz = jk, n, ih;
        double z;
        while (true) {
            // distil q[] into iq[], reversed
            int i;
            for (i = 0, j = jz, z = q[jz]; j > 0; i++, j--) {
                double fw = (int) (TWON24 * z);
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }
            z = scalb(z, q0);
            z -= 8.0 * Math.floor(z * 0.125);          // drop the multiple of 8
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {
                i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            if (ih > 0) {                              // q > 0.5: take 1 - q
                n += 1;
                int carry = 0;
                for (i = 0; i < jz; i++) {
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 == 1) iq[jz - 1] &= 0x7fffff;
                else if (q0 == 2) iq[jz - 1] &= 0x3fffff;
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) z -= scalb(1.0, q0);
                }
            }
            if (z != 0.0) break;
            j = 0;
            for (i = jz - 1; i >= jk; i--) j |= iq[i];
            if (j != 0) break;
            // Cancellation: more terms of 2/pi are needed.
            int k = 1;
            while (iq[jk - k] == 0) k++;
            for (i = jz + 1; i <= jz + k; i++) {
                f[jx + i] = TWO_OVER_PI[jv + i];
                double fw = 0.0;
                for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                q[i] = fw;
            }
            jz += k;
        }
        if (z == 0.0) {                                // drop zero terms
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {                                       // split z into 24-bit pieces if needed
            z = scalb(z, -q0);
            if (z >= TWO24) {
                double fw = (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }
        double fw = scalb(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWON24;
        }
        for (int i = jz; i >= 0; i--) {
            fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++) fw += PIO2[k] * q[i + k];
            fq[jz - i] = fw;
        }
        fw = 0.0;
        for (int i = jz; i >= 0; i--) fw += fq[i];
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) fw += fq[i];
        y[1] = ih == 0 ? fw : -fw;
        return n & 7;
    }

    // ---- atan2 ----

    private static final double[] ATAN_HI = {
        0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p0,
    };
    private static final double[] ATAN_LO = {
        0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54,
    };
    private static final double[] AT = {
        0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3, -0x1.c71c6fe231671p-4,
        0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4, 0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5,
        0x1.97b4b24760debp-5, -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
    };

    /** The arc tangent; the same bits as {@link StrictMath#atan}. */
    public static double atan(double x) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        int id;
        if (ix >= 0x44100000) {                        // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lo(x) != 0)) return x + x;  // NaN
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3fdc0000) {                         // |x| < 0.4375
            if (ix < 0x3e200000 && HUGE + x > 1.0) return x;  // |x| < 2^-29
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) {                     // |x| < 1.1875
                if (ix < 0x3fe60000) {                 // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else {                               // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x40038000) {              // |x| < 2.4375
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {                                   // 2.4375 <= |x| < 2^66
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) return x - x * (s1 + s2);
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    private static final double PI_O_4 = 0x1.921fb54442d18p-1, PI_O_2 = 0x1.921fb54442d18p0,
            PI_LO = 0x1.1a62633145c07p-53;

    /** The angle of the point (x, y) in (−pi, pi]; the same bits as {@link StrictMath#atan2}. */
    public static double atan2(double y, double x) {
        int hx = hi(x), ix = hx & 0x7fffffff, lx = lo(x);
        int hy = hi(y), iy = hy & 0x7fffffff, ly = lo(y);
        if (Double.isNaN(x) || Double.isNaN(y)) return x + y;
        if (((hx - 0x3ff00000) | lx) == 0) return atan(y);   // x = 1
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);         // 2·sign(x) + sign(y)
        if ((iy | ly) == 0) {                                // y = ±0
            return switch (m) {
                case 0, 1 -> y;
                case 2 -> Math.PI + TINY;
                default -> -Math.PI - TINY;
            };
        }
        if ((ix | lx) == 0) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;  // x = ±0
        if (ix == 0x7ff00000) {                              // x = ±inf
            if (iy == 0x7ff00000) {
                return switch (m) {
                    case 0 -> PI_O_4 + TINY;
                    case 1 -> -PI_O_4 - TINY;
                    case 2 -> 3.0 * PI_O_4 + TINY;
                    default -> -3.0 * PI_O_4 - TINY;
                };
            }
            return switch (m) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> Math.PI + TINY;
                default -> -Math.PI - TINY;
            };
        }
        if (iy == 0x7ff00000) return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;  // y = ±inf
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) z = PI_O_2 + 0.5 * PI_LO;                // |y/x| > 2^60
        else if (hx < 0 && k < -60) z = 0.0;                 // |y|/x < -2^60
        else z = atan(Math.abs(y / x));
        return switch (m) {
            case 0 -> z;
            case 1 -> -z;
            case 2 -> Math.PI - (z - PI_LO);
            default -> (z - PI_LO) - Math.PI;
        };
    }
}
