package nn.error;

/**
 * A mistake in the user's script found inside a library (graph, model, data, viz): a shape that does not
 * fit, a file that is malformed, a setting out of range. The message is a plain sentence for the user and
 * the hint, when there is one, says what to do. The interpreter catches every {@code UserError} in one
 * place and shows it at the expression being evaluated, as {@code file:line:col: error: message}.
 *
 * <p>Anything else a library throws ({@link IllegalArgumentException}, {@link IllegalStateException}, …)
 * is a broken promise inside nn and is reported as an internal error, never as the user's mistake.
 * Each library has its own subclass, so the code says where an error comes from.
 */
public abstract class UserError extends RuntimeException {
    @java.io.Serial private static final long serialVersionUID = 1L;

    private final String hint;

    protected UserError(String message) { this(message, null, null); }

    protected UserError(String message, String hint) { this(message, hint, null); }

    protected UserError(String message, Throwable cause) { this(message, null, cause); }

    protected UserError(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do about it ("did you mean 'tanh'?"), or null. */
    public String hint() { return hint; }
}
