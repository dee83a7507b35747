package nn.kernel;

/** A kernel that cannot start (a missing or malformed connection file, a port in use): a message, no trace. */
public final class KernelException extends RuntimeException {
    @java.io.Serial private static final long serialVersionUID = 1L;

    public KernelException(String message) { super(message); }
    public KernelException(String message, Throwable cause) { super(message, cause); }
}
