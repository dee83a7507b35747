/**
 * The one type for mistakes in a user's script found by the libraries: {@link nn.error.UserError}, with a
 * subclass per library ({@code GraphException}, {@code ModelException}, {@code DataException},
 * {@code PlotException}). The interpreter turns these into located diagnostics; every other exception
 * that escapes a library is reported as an internal error. The tensor package stays free of project
 * imports and has its own {@code ShapeException}, which the interpreter treats the same way.
 */
package nn.error;
