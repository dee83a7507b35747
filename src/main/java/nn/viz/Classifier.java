package nn.viz;

import nn.tensor.Matrix;

/**
 * Anything that assigns a class (0, 1, …) to each row of a batch of 2-D points (an m×2 matrix),
 * for example a network's forward pass followed by argmax or a 0.5 threshold. Plots call it with
 * large batches (thousands of rows at once), so a network can answer with a few matrix products.
 */
@FunctionalInterface
public interface Classifier {
    /** One class index ≥ 0 per row of {@code points}. */
    int[] classify(Matrix points);
}
