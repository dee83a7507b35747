/**
 * The define-by-run autodiff graph: a {@link nn.graph.Node} records the op and inputs that computed
 * it, {@link nn.graph.Graph#backward} walks the graph in reverse without recursion, {@link nn.graph.Ops}
 * builds nodes, {@link nn.graph.GradCheck} compares gradients with finite differences, and
 * {@link nn.graph.Explain} / {@link nn.graph.GraphExport} show a graph as text, DOT or SVG.
 * A user's mistake is a {@link nn.graph.GraphException}.
 */
package nn.graph;
