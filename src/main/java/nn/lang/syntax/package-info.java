/**
 * From text to AST: the ANTLR lexer and parser generated from grammar/NN.g4 (package
 * {@code nn.lang.syntax.gen}), newline handling, syntax errors rewritten into plain sentences with
 * hints (including habits from Python and other languages), and {@link nn.lang.syntax.AstBuilder}.
 */
package nn.lang.syntax;
