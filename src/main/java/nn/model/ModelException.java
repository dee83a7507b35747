package nn.model;

import nn.error.UserError;

/**
 * A mistake in using a model (networks, layers, optimizers, training settings, saved-network files, the
 * logic units of nn.model.logic): the message is a sentence for the user, such as
 * {@code "layer 'h' takes 3 inputs, but the network's input has 2"}.
 */
public final class ModelException extends UserError {
    @java.io.Serial private static final long serialVersionUID = 1L;

    public ModelException(String message) { super(message); }

    public ModelException(String message, String hint) { super(message, hint); }
}
