/**
 * The abstract syntax tree as records under sealed interfaces: {@link nn.lang.ast.Stmt} and
 * {@link nn.lang.ast.Expr}, the formulas of gates and the settings of train blocks; every node
 * carries the {@link nn.lang.source.Span} it came from.
 */
package nn.lang.ast;
