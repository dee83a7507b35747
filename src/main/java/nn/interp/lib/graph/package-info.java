/**
 * Lecture area "graph": parameters, losses and optimizers. The builtins
 * ({@link nn.interp.lib.graph.GraphLib}) and the graph statements ({@code backward}, {@code step},
 * {@code explain}, {@code gradcheck}, {@code graph … to}) with the operators on tracked values
 * ({@link nn.interp.lib.graph.GraphFeatures}).
 */
package nn.interp.lib.graph;
