/**
 * The lecture's early neurons and logic: McCulloch–Pitts threshold units, perceptrons and linear units
 * with their learning rules (perceptron, Hebb), truth tables and Boolean formulas compiled into
 * threshold networks (gates, two-level and structural constructions), half-plane and polygon regions,
 * and an exact linear-programming test of linear separability. Errors are {@link nn.model.ModelException}s.
 */
package nn.model.logic;
