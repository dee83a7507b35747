/**
 * The kernels behind the matrix operations: blocked and packed matrix multiplication, elementwise
 * maps and broadcasting zips, reductions and transposition, each split into row ranges whose results do
 * not depend on how many threads ran them.
 */
package nn.tensor.kernel;
