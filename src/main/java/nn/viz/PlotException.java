package nn.viz;

/** A plot that cannot be drawn or written; the message is a plain sentence for the user. */
public final class PlotException extends RuntimeException {
    public PlotException(String message) { super(message); }

    public PlotException(String message, Throwable cause) { super(message, cause); }
}
