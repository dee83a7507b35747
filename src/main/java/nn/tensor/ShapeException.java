package nn.tensor;

/** Thrown when operand shapes do not fit; the message names both shapes in the user's words. */
public final class ShapeException extends RuntimeException {
    @java.io.Serial private static final long serialVersionUID = 1L;
    public ShapeException(String message) { super(message); }
}
