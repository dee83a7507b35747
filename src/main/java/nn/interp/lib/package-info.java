/**
 * The language's builtin functions, each declared once ({@link nn.interp.lib.Builtin}: name, typed
 * parameters with defaults, a one-line doc, an example and the implementation) and laid out by lecture
 * area ({@link nn.interp.lib.Area}); {@link nn.interp.lib.Registry} holds them for the interpreter, the
 * checker, the REPL's :help and completion, and the reference test. {@link nn.interp.lib.Args} binds a
 * call's arguments to the parameters.
 */
package nn.interp.lib;
