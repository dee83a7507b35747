/**
 * The builtin functions of the language, each declared once ({@link nn.interp.lib.Builtin}: name,
 * parameters, doc, example, implementation) in the file of its lecture area and collected by
 * {@link nn.interp.lib.Registry}, which the interpreter, the checker, the REPL's :help and completion, and
 * the reference test read. Numeric builtins compute through graph ops ({@link nn.interp.lib.Numeric}).
 */
package nn.interp.lib;
