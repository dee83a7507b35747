package nn.tensor;

/** Thrown when operand shapes do not fit; the message names both shapes in the user's words. */
public final class ShapeException extends RuntimeException {
    public ShapeException(String message) { super(message); }
}
