/**
 * {@code nn fuzz}: generated and mutated programs run under small budgets, reporting every input that
 * crashes, hangs, prints a Java stack trace or an internal error. Deterministic for a seed.
 */
package nn.fuzz;
