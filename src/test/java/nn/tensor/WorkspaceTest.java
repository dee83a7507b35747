package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A workspace hands a step the previous step's arrays, position by position, and nothing outside a step. */
class WorkspaceTest {
    @Test void aStepGetsThePreviousStepsArraysInRequestOrder() {
        Workspace w = new Workspace();
        w.begin();
        double[] a = Matrix.scratch(2, 3).data(), b = Matrix.scratch(4, 1).data();
        w.end();
        w.begin();
        assertSame(a, Matrix.scratch(2, 3).data());
        assertSame(b, Matrix.scratch(4, 1).data());
        w.end();
    }

    @Test void aDifferentSizeAtAPositionKeepsBothSoAlternatingBatchesDoNotAllocate() {
        Workspace w = new Workspace();
        double[][] seen = new double[4][];
        int[] rows = {64, 10, 64, 10};
        for (int i = 0; i < 4; i++) {
            w.begin();
            seen[i] = Matrix.scratch(rows[i], 8).data();
            w.end();
        }
        assertNotSame(seen[0], seen[1]);
        assertSame(seen[0], seen[2]);
        assertSame(seen[1], seen[3]);
    }

    @Test void outsideAStepEveryRequestIsANewArray() {
        Workspace w = new Workspace();
        w.begin();
        w.end();
        assertNotSame(Matrix.scratch(2, 2).data(), Matrix.scratch(2, 2).data());
    }
}
