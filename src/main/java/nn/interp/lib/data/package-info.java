/**
 * Lecture area "data": making and changing datasets. The builtins ({@link nn.interp.lib.data.DataLib}),
 * the {@code dataset} statement, dataset literals and indexing ({@link nn.interp.lib.data.DataFeatures}).
 */
package nn.interp.lib.data;
