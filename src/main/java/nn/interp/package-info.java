/**
 * The core of the tree-walking interpreter: {@link nn.interp.Interpreter} evaluates the AST over
 * {@link nn.interp.Value}s and dispatches each statement and expression; the libraries' bindings live
 * in {@link nn.interp.lib} and its packages, one per lecture area. The core also enforces the run's
 * budgets ({@link nn.interp.Budget}) and file sandbox ({@link nn.interp.Sandbox}). Every error leaves
 * as a {@link nn.interp.RuntimeError} located in the source; the libraries' {@link nn.error.UserError}s
 * are turned into those in one place.
 */
package nn.interp;
