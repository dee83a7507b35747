/**
 * The matrix engine: a dense row-major {@link nn.tensor.Matrix} of doubles, its operations with
 * NumPy-style broadcasting ({@link nn.tensor.MatrixOps}), a seeded {@link nn.tensor.Rng}, and
 * {@link nn.tensor.ShapeException} for operands that do not fit. It imports nothing else from nn.
 */
package nn.tensor;
