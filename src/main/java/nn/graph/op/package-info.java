/**
 * The graph's operations, one file each, with forward and backward side by side (add, matmul,
 * sigmoid, softmax, cross-entropy, …) under the sealed {@link nn.graph.op.Op}; each is checked
 * against finite differences in the tests' GradChecks.
 */
package nn.graph.op;
