/**
 * Lecture area "units": threshold units, perceptrons, gates, truth tables, regions and learning rules.
 * The builtins ({@link nn.interp.lib.units.UnitLib}), the {@code unit}, {@code perceptron}, {@code gate}
 * and {@code truthtable} statements ({@link nn.interp.lib.units.LogicFeatures}), their training, fields
 * and region plots.
 */
package nn.interp.lib.units;
