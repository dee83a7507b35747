package nn.model.logic;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.List;

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
        if (a == 0 && b == 0) throw new ModelException("a half-plane a·x + b·y ≥ c needs a or b to be nonzero");
        ThresholdUnit unit = new ThresholdUnit(new double[] {a, b}, c);
        return new ThresholdNetwork("", XY, List.of(new ThresholdNetwork.Layer(List.of(unit), List.of(inequality(a, b, c)))),
                "half-plane: one threshold unit");
    }

    /**
     * The convex polygon with these vertices (rows [x, y], in order around the boundary, either
     * direction): one unit per edge firing on the polygon's side of it, then a unit firing when all
     * of them do. Rejects fewer than three vertices, repeated or collinear consecutive vertices,
     * reflex corners and self-crossing outlines, naming the vertex at fault.
     */
    public static ThresholdNetwork convexPolygon(double[][] vertices) {
        int k = vertices.length;
        if (k < 3) throw new ModelException("a polygon needs at least 3 vertices, got " + k);
        for (int i = 0; i < k; i++) {
            if (vertices[i].length != 2)
                throw new ModelException("vertex " + (i + 1) + " of the polygon has " + vertices[i].length + " coordinates, not 2");
            for (double v : vertices[i])
                if (!Double.isFinite(v)) throw new ModelException("vertex " + (i + 1) + " of the polygon is not a finite point");
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
            labels.add("edge " + point(p) + "→" + point(q) + ": " + inequality(a, b, c));
        }
        ThresholdUnit all = new ThresholdUnit(ones(k), k);
        return new ThresholdNetwork("", XY, List.of(
                new ThresholdNetwork.Layer(edges, labels),
                new ThresholdNetwork.Layer(List.of(all), List.of("inside: all " + k + " edges"))),
                "convex polygon: one unit per edge (the polygon's side of it), then an AND of the " + k + " edges");
    }

    /**
     * The union of regions with the same inputs and one output each: the regions side by side
     * (shorter ones extended by relay units to the same depth), then a unit firing when any fires.
     */
    public static ThresholdNetwork union(ThresholdNetwork... regions) {
        if (regions.length == 0) throw new ModelException("a union needs at least one region");
        List<String> inputs = regions[0].inputNames();
        int depth = 0;
        for (int r = 0; r < regions.length; r++) {
            if (!regions[r].inputNames().equals(inputs))
                throw new ModelException("region " + (r + 1) + " reads " + String.join(", ", regions[r].inputNames())
                        + " but region 1 reads " + String.join(", ", inputs));
            if (regions[r].outputCount() != 1)
                throw new ModelException("region " + (r + 1) + " has " + regions[r].outputCount() + " outputs; a region needs exactly one");
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
                    labels.add("region " + (r + 1) + (label.isEmpty() ? "" : ": " + label));
                }
            }
            layers.add(new ThresholdNetwork.Layer(units, labels));
            previousOffsets = offsets;
            previousWidth = units.size();
        }
        double[] any = new double[previousWidth];
        for (int offset : previousOffsets) any[offset] = 1;
        layers.add(new ThresholdNetwork.Layer(List.of(new ThresholdUnit(any, 1)), List.of("inside any of the " + regions.length + " regions")));
        return new ThresholdNetwork("", inputs, layers, "union of " + regions.length + " regions: the regions side by side, then an OR of their outputs");
    }

    /** Layer l of a region, or past its end a relay of its single output. */
    private static ThresholdNetwork.Layer layerOrRelay(ThresholdNetwork region, int l) {
        if (l < region.layerCount()) return region.layers().get(l);
        return new ThresholdNetwork.Layer(List.of(new ThresholdUnit(new double[] {1}, 1)), List.of("relay of its output"));
    }

    /** +1 for a counterclockwise polygon, −1 for clockwise; throws when it is not strictly convex and simple. */
    private static int checkConvex(double[][] v) {
        int k = v.length;
        double twiceArea = 0;
        for (int i = 0; i < k; i++) {
            double[] p = v[i], q = v[(i + 1) % k];
            if (p[0] == q[0] && p[1] == q[1])
                throw new ModelException("vertices " + (i + 1) + " and " + ((i + 1) % k + 1) + " of the polygon are the same point " + point(p));
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
                throw new ModelException("vertices " + (i + 1) + ", " + corner + " and " + ((i + 2) % k + 1)
                        + " of the polygon lie on one line; leave out vertex " + corner);
            if (cross * orientation < 0)
                throw new ModelException("the polygon is not convex: it turns the other way at vertex " + corner + " " + point(q)
                        + "; use a union of convex polygons for such a shape");
            turning += StrictMath.atan2(cross, ux * wx + uy * wy);
        }
        // A simple convex outline turns once around (2π); a star-shaped crossing one turns more.
        long turns = Math.round(Math.abs(turning) / (2 * StrictMath.PI));
        if (turns != 1)
            throw new ModelException("the polygon's outline crosses itself (it winds " + turns
                    + " times around); list the vertices in order around the boundary");
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
