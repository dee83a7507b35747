package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    private static final List<LongFunction<Dataset>> ALL = List.of(
            seed -> Generators.spiral(200, 3, 0.2, seed),
            seed -> Generators.circles(101, 0.05, seed),
            seed -> Generators.moons(100, 0.1, seed),
            seed -> Generators.blobs(90, 4, 1.0, seed),
            seed -> Generators.xorGrid(80, 0.1, seed));

    @Test void sameSeedGivesTheSameBitsAndAnotherSeedDifferentData() {
        for (LongFunction<Dataset> g : ALL) {
            assertEquals(g.apply(7), g.apply(7));
            assertNotEquals(g.apply(7).inputs(), g.apply(8).inputs());
        }
    }

    @Test void classesAreBalancedWithinOne() {
        for (LongFunction<Dataset> g : ALL) {
            int[] counts = g.apply(1).classCounts();
            int min = Integer.MAX_VALUE, max = 0, total = 0;
            for (int c : counts) { min = Math.min(min, c); max = Math.max(max, c); total += c; }
            assertEquals(g.apply(1).size(), total);
            assertTrue(max - min <= 1 || g.apply(1).name().equals("xor_grid"), g.apply(1).summary());
        }
        assertArrayEquals(new int[] {67, 67, 66}, Generators.spiral(200, 3, 0.2, 1).classCounts());
        assertArrayEquals(new int[] {40, 40}, Generators.xorGrid(80, 0.1, 1).classCounts());
    }

    @Test void rowsAreShuffledSoClassesInterleave() {
        int[] cls = Generators.moons(100, 0.1, 3).classIndices();
        int changes = 0;
        for (int i = 1; i < cls.length; i++) if (cls[i] != cls[i - 1]) changes++;
        assertTrue(changes > 10, "class changes " + changes);
    }

    @Test void noiselessSpiralLiesOnItsArms() {
        Dataset sp = Generators.spiral(40, 2, 0.0, 5);
        for (int i = 0; i < sp.size(); i++) {
            double x = sp.inputs().get(i, 0), y = sp.inputs().get(i, 1);
            double r = Math.hypot(x, y);
            assertTrue(r <= 1.0 + 1e-12);
        }
        assertEquals(List.of("x1", "x2"), sp.featureNames());
    }

    @Test void noiselessXorGridSitsOnCornersLabelledByXor() {
        Dataset ds = Generators.xorGrid(8, 0.0, 2);
        for (int i = 0; i < ds.size(); i++) {
            int a = (int) ds.inputs().get(i, 0), b = (int) ds.inputs().get(i, 1);
            assertEquals(a ^ b, ds.classOf(i));
        }
    }

    @Test void noiselessCirclesHaveTheirRadii() {
        Dataset ds = Generators.circles(20, 0.0, 0.3, 4);
        for (int i = 0; i < ds.size(); i++) {
            double r = Math.hypot(ds.inputs().get(i, 0), ds.inputs().get(i, 1));
            assertEquals(ds.classOf(i) == 0 ? 1.0 : 0.3, r, 1e-12);
        }
    }

    @Test void badArgumentsAreExplained() {
        assertEquals("spiral needs at least 3 points (one per class), not 2",
                assertThrows(DataException.class, () -> Generators.spiral(2, 3, 0.1, 1)).getMessage());
        assertEquals("blobs: std must be a number ≥ 0, not -1",
                assertThrows(DataException.class, () -> Generators.blobs(10, 2, -1, 1)).getMessage());
    }
}
