package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.List;
import nn.tensor.Fdlibm;

/**
 * Decision regions in the plane built from threshold units on real inputs x and y, as in the
 * lecture: a half-plane is one unit; a convex polygon is the AND of the half-planes of its edges
 * (two layers); a union of regions is the OR of their outputs (one more layer: three for
 * polygons). Points on a boundary count as inside (units fire on Σwx ≥ T).
 */
public final class Regions {
    static final List<String> XY = List.of("x", "y");

    private Regions() {}

    /** The half-plane a·x + b·y ≥ c: one unit with weights [a, b] and threshold c. */
    public static ThresholdNetwork halfPlane(double a, double b, double c) {
        if (a == 0 && b == 0) throw new ModelException(Messages.t("logic.half-plane-zero"));
        ThresholdUnit unit = new ThresholdUnit(new double[] {a, b}, c);
        return new ThresholdNetwork("", XY, List.of(new ThresholdNetwork.Layer(List.of(unit), List.of(inequality(a, b, c)))),
                Messages.t("logic.half-plane-note"));
    }

    /**
     * The convex polygon with these vertices (rows [x, y], in order around the boundary, either
     * direction): one unit per edge firing on the polygon's side of it, then a unit firing when all
     * of them do. Rejects fewer than three vertices, repeated or collinear consecutive vertices,
     * reflex corners and self-crossing outlines, naming the vertex at fault.
     */
    public static ThresholdNetwork convexPolygon(double[][] vertices) {
        int k = vertices.length;
        if (k < 3) throw new ModelException(Messages.t("logic.polygon-few-vertices", k));
        for (int i = 0; i < k; i++) {
            if (vertices[i].length != 2)
                throw new ModelException(Messages.t("logic.polygon-vertex-width", i + 1, vertices[i].length));
            for (double v : vertices[i])
                if (!Double.isFinite(v)) throw new ModelException(Messages.t("logic.polygon-vertex-not-finite", i + 1));
        }
        int orientation = checkConvex(vertices);
        List<ThresholdUnit> edges = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] p = vertices[i], q = vertices[(i + 1) % k];
            // The inside is to the left of p→q when counterclockwise: cross(q − p, (x, y) − p) ≥ 0.
            double a = -(q[1] - p[1]) * orientation + 0.0, b = (q[0] - p[0]) * orientation + 0.0;
            double c = a * p[0] + b * p[1] + 0.0;
            // Integer edges read best in lowest terms: 4·y ≥ 0 is y ≥ 0, 2·y ≥ 4 is y ≥ 2.
            double g = whole(a) && whole(b) && whole(c) ? commonDivisor(a, commonDivisor(b, c)) : 0;
            if (g > 1) { a /= g; b /= g; c /= g; }
            edges.add(new ThresholdUnit(new double[] {a, b}, c));
            labels.add(Messages.t("logic.polygon-edge", point(p), point(q), inequality(a, b, c)));
        }
        ThresholdUnit all = new ThresholdUnit(ones(k), k);
        return new ThresholdNetwork("", XY, List.of(
                new ThresholdNetwork.Layer(edges, labels),
                new ThresholdNetwork.Layer(List.of(all), List.of(Messages.t("logic.polygon-inside", k)))),
                Messages.t("logic.polygon-note", k));
    }

    /**
     * The union of regions with the same inputs and one output each: the regions side by side
     * (shorter ones extended by relay units to the same depth), then a unit firing when any fires.
     */
    public static ThresholdNetwork union(ThresholdNetwork... regions) {
        if (regions.length == 0) throw new ModelException(Messages.t("logic.union-empty"));
        List<String> inputs = regions[0].inputNames();
        int depth = 0;
        for (int r = 0; r < regions.length; r++) {
            if (!regions[r].inputNames().equals(inputs))
                throw new ModelException(Messages.t("logic.union-inputs-differ", r + 1, String.join(", ", regions[r].inputNames()),
                        String.join(", ", inputs)));
            if (regions[r].outputCount() != 1)
                throw new ModelException(Messages.t("logic.union-region-outputs", r + 1, regions[r].outputCount()));
            depth = Math.max(depth, regions[r].layerCount());
        }
        List<ThresholdNetwork.Layer> layers = new ArrayList<>();
        int[] previousOffsets = null;
        int previousWidth = inputs.size();
        for (int l = 0; l < depth; l++) {
            List<ThresholdUnit> units = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            int[] offsets = new int[regions.length];
            for (int r = 0; r < regions.length; r++) {
                offsets[r] = units.size();
                ThresholdNetwork.Layer layer = layerOrRelay(regions[r], l);
                for (int i = 0; i < layer.size(); i++) {
                    ThresholdUnit u = layer.units().get(i);
                    double[] w = l == 0 ? u.weights() : new double[previousWidth];
                    if (l > 0) System.arraycopy(u.weights(), 0, w, previousOffsets[r], u.inputCount());
                    units.add(new ThresholdUnit(w, u.threshold()));
                    String label = layer.labels().get(i);
                    labels.add(label.isEmpty() ? Messages.t("logic.union-region", r + 1) : Messages.t("logic.union-region-label", r + 1, label));
                }
            }
            layers.add(new ThresholdNetwork.Layer(units, labels));
            previousOffsets = offsets;
            previousWidth = units.size();
        }
        double[] any = new double[previousWidth];
        for (int offset : previousOffsets) any[offset] = 1;
        layers.add(new ThresholdNetwork.Layer(List.of(new ThresholdUnit(any, 1)), List.of(Messages.t("logic.union-inside-any", regions.length))));
        return new ThresholdNetwork("", inputs, layers, Messages.t("logic.union-note", regions.length));
    }

    /** Layer l of a region, or past its end a relay of its single output. */
    private static ThresholdNetwork.Layer layerOrRelay(ThresholdNetwork region, int l) {
        if (l < region.layerCount()) return region.layers().get(l);
        return new ThresholdNetwork.Layer(List.of(new ThresholdUnit(new double[] {1}, 1)), List.of(Messages.t("logic.relay-of-output")));
    }

    /** +1 for a counterclockwise polygon, −1 for clockwise; throws when it is not strictly convex and simple. */
    private static int checkConvex(double[][] v) {
        int k = v.length;
        double twiceArea = 0;
        for (int i = 0; i < k; i++) {
            double[] p = v[i], q = v[(i + 1) % k];
            if (p[0] == q[0] && p[1] == q[1])
                throw new ModelException(Messages.t("logic.polygon-same-point", i + 1, (i + 1) % k + 1, point(p)));
            twiceArea += p[0] * q[1] - q[0] * p[1];
        }
        int orientation = twiceArea > 0 ? 1 : -1;
        double turning = 0;
        for (int i = 0; i < k; i++) {
            double[] p = v[i], q = v[(i + 1) % k], s = v[(i + 2) % k];
            double ux = q[0] - p[0], uy = q[1] - p[1], wx = s[0] - q[0], wy = s[1] - q[1];
            double cross = ux * wy - uy * wx;
            int corner = (i + 1) % k + 1;
            if (cross == 0)
                throw new ModelException(Messages.t("logic.polygon-collinear", i + 1, corner, (i + 2) % k + 1));
            if (cross * orientation < 0)
                throw new ModelException(Messages.t("logic.polygon-not-convex", corner, point(q)));
            turning += Fdlibm.atan2(cross, ux * wx + uy * wy);
        }
        // A simple convex outline turns once around (2π); a star-shaped crossing one turns more.
        long turns = Math.round(Math.abs(turning) / (2 * StrictMath.PI));
        if (turns != 1)
            throw new ModelException(Messages.t("logic.polygon-self-crossing", turns));
        return orientation;
    }

    private static boolean whole(double v) { return v == Math.rint(v) && Math.abs(v) < 1e15; }

    /** The greatest common divisor of two whole numbers (0 when both are 0). */
    static double commonDivisor(double x, double y) {
        long p = Math.abs((long) x), q = Math.abs((long) y);
        while (q != 0) { long t = p % q; p = q; q = t; }
        return p;
    }

    private static String point(double[] p) { return "(" + Num.format(p[0]) + ", " + Num.format(p[1]) + ")"; }

    /** "x + 2·y ≥ 1", "-3·x − 4·y ≥ -12": zero terms and unit coefficients left out (signs as {@link Num} says). */
    static String inequality(double a, double b, double c) {
        return Num.compactSum(new double[] {a, b}, XY) + " ≥ " + Num.format(c);
    }

    private static double[] ones(int k) {
        double[] w = new double[k];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}
