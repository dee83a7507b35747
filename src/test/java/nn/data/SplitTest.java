package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class SplitTest {
    /** 10 rows whose single feature is the row number, so rows can be traced. */
    private static Dataset numbered(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i;
        return Dataset.regression("numbered", new Matrix(n, 1, x), new Matrix(n, 1, x.clone()));
    }

    @Test void partsHaveRoundedSizesAndAreDisjointAndComplete() {
        Split.Parts parts = Split.split(numbered(10), 0.75, 3);
        assertEquals(8, parts.first().size());
        assertEquals(2, parts.second().size());
        double[] all = new double[10];
        System.arraycopy(parts.first().inputs().data(), 0, all, 0, 8);
        System.arraycopy(parts.second().inputs().data(), 0, all, 8, 2);
        Arrays.sort(all);
        for (int i = 0; i < 10; i++) assertEquals(i, all[i]);
        assertEquals(parts.first().inputs(), parts.first().targets()); // rows stay whole
    }

    @Test void sameSeedSameSplitOtherSeedOtherSplit() {
        Dataset ds = numbered(50);
        assertEquals(Split.split(ds, 0.8, 1), Split.split(ds, 0.8, 1));
        assertNotEquals(Split.split(ds, 0.8, 1).first(), Split.split(ds, 0.8, 2).first());
    }

    @Test void badFractionsAndEmptyPartsAreRejected() {
        assertThrows(DataException.class, () -> Split.split(numbered(10), 1.0, 1));
        assertEquals("splitting numbered's 3 rows at 0.9 would leave one part empty",
                assertThrows(DataException.class, () -> Split.split(numbered(3), 0.9, 1)).getMessage());
    }
}
