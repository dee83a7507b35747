package nn.tensor.kernel;

/**
 * The innermost loops of {@link PortableGemm}: {@code t[j] = fma(op(a)(i, p), y[p][j], t[j])} for one,
 * two or three output rows i at once, over p in [p0, p1) in ascending order. op(a)(i, p) is
 * {@code a[ai + p*acs]}; y[p] is a packed panel row of length len.
 *
 * <p>These loops are shaped for HotSpot C2's auto-vectoriser (JDK 21–25), which is particular:
 * every array is indexed by the bare loop variable, the loop starts at 0, and the body stays small
 * enough to be unrolled (three rows × four p is the largest that still vectorises; four rows does
 * not). Sharing each loaded y[p][j] between rows is what makes three rows twice as fast as one.
 * Four steps of p nest four fmas, innermost first: the chain of one step at a time.
 */
final class PortableRows {
    private PortableRows() {}

    static void rows3(double[] a, int a0, int a1, int a2, int acs, double[][] y,
                      double[] t0, double[] t1, double[] t2, int p0, int p1, int len) {
        int p = p0;
        for (; p + 3 < p1; p += 4) {
            int o0 = p * acs, o1 = o0 + acs, o2 = o1 + acs, o3 = o2 + acs;
            double x00 = a[a0 + o0], x01 = a[a0 + o1], x02 = a[a0 + o2], x03 = a[a0 + o3];
            double x10 = a[a1 + o0], x11 = a[a1 + o1], x12 = a[a1 + o2], x13 = a[a1 + o3];
            double x20 = a[a2 + o0], x21 = a[a2 + o1], x22 = a[a2 + o2], x23 = a[a2 + o3];
            double[] y0 = y[p], y1 = y[p + 1], y2 = y[p + 2], y3 = y[p + 3];
            for (int j = 0; j < len; j++) {
                double u0 = y0[j], u1 = y1[j], u2 = y2[j], u3 = y3[j];
                t0[j] = Math.fma(x03, u3, Math.fma(x02, u2, Math.fma(x01, u1, Math.fma(x00, u0, t0[j]))));
                t1[j] = Math.fma(x13, u3, Math.fma(x12, u2, Math.fma(x11, u1, Math.fma(x10, u0, t1[j]))));
                t2[j] = Math.fma(x23, u3, Math.fma(x22, u2, Math.fma(x21, u1, Math.fma(x20, u0, t2[j]))));
            }
        }
        for (; p < p1; p++) {
            double x0 = a[a0 + p * acs], x1 = a[a1 + p * acs], x2 = a[a2 + p * acs];
            double[] yp = y[p];
            for (int j = 0; j < len; j++) {
                double u = yp[j];
                t0[j] = Math.fma(x0, u, t0[j]);
                t1[j] = Math.fma(x1, u, t1[j]);
                t2[j] = Math.fma(x2, u, t2[j]);
            }
        }
    }

    static void rows2(double[] a, int a0, int a1, int acs, double[][] y,
                      double[] t0, double[] t1, int p0, int p1, int len) {
        int p = p0;
        for (; p + 3 < p1; p += 4) {
            int o0 = p * acs, o1 = o0 + acs, o2 = o1 + acs, o3 = o2 + acs;
            double x00 = a[a0 + o0], x01 = a[a0 + o1], x02 = a[a0 + o2], x03 = a[a0 + o3];
            double x10 = a[a1 + o0], x11 = a[a1 + o1], x12 = a[a1 + o2], x13 = a[a1 + o3];
            double[] y0 = y[p], y1 = y[p + 1], y2 = y[p + 2], y3 = y[p + 3];
            for (int j = 0; j < len; j++) {
                double u0 = y0[j], u1 = y1[j], u2 = y2[j], u3 = y3[j];
                t0[j] = Math.fma(x03, u3, Math.fma(x02, u2, Math.fma(x01, u1, Math.fma(x00, u0, t0[j]))));
                t1[j] = Math.fma(x13, u3, Math.fma(x12, u2, Math.fma(x11, u1, Math.fma(x10, u0, t1[j]))));
            }
        }
        for (; p < p1; p++) {
            double x0 = a[a0 + p * acs], x1 = a[a1 + p * acs];
            double[] yp = y[p];
            for (int j = 0; j < len; j++) {
                double u = yp[j];
                t0[j] = Math.fma(x0, u, t0[j]);
                t1[j] = Math.fma(x1, u, t1[j]);
            }
        }
    }

    static void rows1(double[] a, int a0, int acs, double[][] y, double[] t0, int p0, int p1, int len) {
        int p = p0;
        for (; p + 3 < p1; p += 4) {
            int o0 = p * acs, o1 = o0 + acs, o2 = o1 + acs, o3 = o2 + acs;
            double x0 = a[a0 + o0], x1 = a[a0 + o1], x2 = a[a0 + o2], x3 = a[a0 + o3];
            double[] y0 = y[p], y1 = y[p + 1], y2 = y[p + 2], y3 = y[p + 3];
            for (int j = 0; j < len; j++)
                t0[j] = Math.fma(x3, y3[j], Math.fma(x2, y2[j], Math.fma(x1, y1[j], Math.fma(x0, y0[j], t0[j]))));
        }
        for (; p < p1; p++) {
            double x0 = a[a0 + p * acs];
            double[] yp = y[p];
            for (int j = 0; j < len; j++) t0[j] = Math.fma(x0, yp[j], t0[j]);
        }
    }
}
