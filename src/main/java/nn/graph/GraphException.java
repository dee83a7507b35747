package nn.graph;

/** A mistake in using the graph (backward of a non-number, an exponent that depends on a parameter…); the message is for the user. */
public final class GraphException extends RuntimeException {
    public GraphException(String message) { super(message); }
}
