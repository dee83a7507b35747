package nn.viz;

import nn.error.UserError;

/** A plot that cannot be drawn or written; the message is a plain sentence for the user. */
public final class PlotException extends UserError {
    @java.io.Serial private static final long serialVersionUID = 1L;

    public PlotException(String message) { super(message); }

    public PlotException(String message, Throwable cause) { super(message, cause); }
}
