/**
 * The builtin functions of the language, each declared once ({@link nn.interp.lib.Builtin}: name,
 * parameters, doc, example, implementation) in its lecture area's package ({@code matrices},
 * {@code graph}, {@code units}, {@code networks}, {@code data}, {@code metrics}, {@code files}; the
 * {@code train} and {@code plot} statements have packages of their own) next to that area's statements,
 * and collected by {@link nn.interp.lib.Registry}, which the interpreter, the checker, the REPL's :help
 * and completion, and the reference test read. Numeric builtins compute through graph ops
 * ({@link nn.interp.lib.Numeric}).
 */
package nn.interp.lib;
