package nn.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nn.model.ModelException;
import nn.tensor.Matrix;

class RegionsTest {
    static final double[][] TRIANGLE = {{0, 0}, {4, 0}, {0, 3}};

    static double at(ThresholdNetwork net, double x, double y) { return net.fire(new double[] {x, y}); }

    @Test void halfPlaneFiresOnItsSideAndOnTheLine() {
        ThresholdNetwork h = Regions.halfPlane(1, 2, 4);
        assertEquals(1, h.layerCount());
        assertEquals(1.0, at(h, 4, 0));
        assertEquals(1.0, at(h, 0, 3));
        assertEquals(0.0, at(h, 1, 1));
    }

    @Test void triangleIsTwoLayersAndSeparatesInsideFromOutside() {
        ThresholdNetwork t = Regions.convexPolygon(TRIANGLE);
        assertEquals(2, t.layerCount());
        assertEquals(4, t.unitCount());
        assertEquals(1.0, at(t, 1, 1));
        assertEquals(1.0, at(t, 0, 0));
        assertEquals(0.0, at(t, 3, 2));
        assertEquals(0.0, at(t, -0.1, 1));
        assertEquals(0.0, at(t, 1, -0.1));
    }

    @Test void clockwiseVerticesGiveTheSameRegion() {
        ThresholdNetwork ccw = Regions.convexPolygon(TRIANGLE);
        ThresholdNetwork cw = Regions.convexPolygon(new double[][] {{0, 3}, {4, 0}, {0, 0}});
        for (double x = -1; x <= 5; x += 0.25)
            for (double y = -1; y <= 4; y += 0.25)
                assertEquals(at(ccw, x, y), at(cw, x, y), "at " + x + ", " + y);
    }

    @Test void regularPentagonContainsItsCentreAndNotPointsBeyondItsEdges() {
        double[][] v = new double[5][];
        for (int i = 0; i < 5; i++) {
            double angle = StrictMath.PI / 2 + 2 * StrictMath.PI * i / 5;
            v[i] = new double[] {2 * StrictMath.cos(angle), 2 * StrictMath.sin(angle)};
        }
        ThresholdNetwork p = Regions.convexPolygon(v);
        assertEquals(6, p.unitCount());
        assertEquals(1.0, at(p, 0, 0));
        assertEquals(1.0, at(p, 0, 1.9));
        assertEquals(0.0, at(p, 0, 2.1));
        // The inscribed radius is 2·cos(36°) ≈ 1.618: just inside and just outside the bottom edge.
        assertEquals(1.0, at(p, 0, -1.6));
        assertEquals(0.0, at(p, 0, -1.65));
    }

    @Test void unionOfTwoPolygonsIsThreeLayersAndFiresInEither() {
        ThresholdNetwork square = Regions.convexPolygon(new double[][] {{5, 5}, {7, 5}, {7, 7}, {5, 7}});
        ThresholdNetwork u = Regions.union(Regions.convexPolygon(TRIANGLE), square);
        assertEquals(3, u.layerCount());
        assertEquals(3 + 4 + 2 + 1, u.unitCount());
        assertEquals(1.0, at(u, 1, 1));
        assertEquals(1.0, at(u, 6, 6));
        assertEquals(0.0, at(u, 4, 4));
        assertEquals(0.0, at(u, 8, 6));
        Matrix batch = u.apply(Matrix.of(new double[] {1, 1}, new double[] {6, 6}, new double[] {4, 4}));
        assertEquals(Matrix.of(new double[] {1}, new double[] {1}, new double[] {0}), batch);
    }

    @Test void unionWithAHalfPlaneRelaysTheShallowerRegion() {
        ThresholdNetwork u = Regions.union(Regions.convexPolygon(TRIANGLE), Regions.halfPlane(1, 0, 10));
        assertEquals(3, u.layerCount());
        assertEquals(1.0, at(u, 11, -5));
        assertEquals(1.0, at(u, 1, 1));
        assertEquals(0.0, at(u, 5, 5));
    }

    @Test void nonConvexPolygonIsRejectedNamingTheVertex() {
        ModelException e = assertThrows(ModelException.class,
                () -> Regions.convexPolygon(new double[][] {{0, 0}, {4, 0}, {1, 1}, {0, 4}}));
        assertEquals("the polygon is not convex: it turns the other way at vertex 3 (1, 1); use a union of convex polygons for such a shape",
                e.getMessage());
    }

    @Test void pentagramIsRejectedAsSelfCrossing() {
        double[][] star = new double[5][];
        for (int i = 0; i < 5; i++) {
            double angle = StrictMath.PI / 2 + 4 * StrictMath.PI * i / 5;
            star[i] = new double[] {StrictMath.cos(angle), StrictMath.sin(angle)};
        }
        ModelException e = assertThrows(ModelException.class, () -> Regions.convexPolygon(star));
        assertTrue(e.getMessage().startsWith("the polygon's outline crosses itself (it winds 2 times around)"), e.getMessage());
    }

    @Test void collinearAndRepeatedVerticesAreRejected() {
        assertEquals("vertices 1, 2 and 3 of the polygon lie on one line; leave out vertex 2",
                assertThrows(ModelException.class,
                        () -> Regions.convexPolygon(new double[][] {{0, 0}, {1, 0}, {2, 0}, {1, 1}})).getMessage());
        assertEquals("vertices 2 and 3 of the polygon are the same point (1, 0)",
                assertThrows(ModelException.class,
                        () -> Regions.convexPolygon(new double[][] {{0, 0}, {1, 0}, {1, 0}, {1, 1}})).getMessage());
    }

    @Test void polygonDescriptionListsEdgesAsInequalities() {
        String text = Regions.convexPolygon(TRIANGLE).describe();
        assertTrue(text.contains("computes edge (0, 0)→(4, 0): y ≥ 0"), text + " (integer edges in lowest terms)");
        assertTrue(text.contains("computes edge (4, 0)→(0, 3): -3·x − 4·y ≥ -12"), text);
        assertTrue(text.contains("computes inside: all 3 edges"), text);
        assertTrue(text.contains("computes edge (0, 3)→(0, 0): x ≥ 0"), text);
    }
}
