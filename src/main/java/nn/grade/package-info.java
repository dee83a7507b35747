/**
 * {@code nn grade}: runs students' submissions against an assignment file's tests, each in a child JVM
 * with its own sandbox, budgets and heap, and writes the results as text, JSON, CSV, JUnit XML or the
 * formats of Gradescope and PrairieLearn, per submission and for a whole class.
 */
package nn.grade;
