/**
 * Datasets for nn: the {@link nn.data.Dataset} value (inputs m×f, targets as a class-index column,
 * one-hot rows or numbers), loaders for CSV tables ({@link nn.data.CsvLoader}) and MNIST's IDX
 * files ({@link nn.data.IdxLoader}), seeded 2-D generators ({@link nn.data.Generators}: spiral,
 * circles, moons, blobs, xor_grid), {@link nn.data.Split}, z-score scaling
 * ({@link nn.data.Standardization}) and mini-batches ({@link nn.data.Batches}).
 *
 * <p>Every problem a user can cause is a {@link nn.data.DataException} whose message names the
 * file, the row (data rows from 1, after the header) and the column. Loaders open only the path
 * they are given (already checked by the interpreter's sandbox), and for MNIST the standard file
 * names inside a given folder. Everything random takes an explicit seed.
 */
package nn.data;
