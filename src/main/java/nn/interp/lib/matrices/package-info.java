/**
 * Lecture area "matrices": numbers and matrices. The builtins ({@link nn.interp.lib.matrices.MatrixLib}),
 * the operators on plain values ({@link nn.interp.lib.matrices.Arith}), matrix literals and indexing.
 */
package nn.interp.lib.matrices;
