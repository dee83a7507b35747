package nn.graph;

import nn.error.UserError;

/** A mistake in using the graph (backward of a non-number, an exponent that depends on a parameter…); the message is for the user. */
public final class GraphException extends UserError {
    @java.io.Serial private static final long serialVersionUID = 1L;

    public GraphException(String message) { super(message); }
}
