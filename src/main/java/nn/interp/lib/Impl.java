package nn.interp.lib;

import nn.interp.Interpreter;
import nn.interp.Value;

/** A builtin's body: the running interpreter and the arguments, already matched to the parameters. */
@FunctionalInterface
public interface Impl {
    Value call(Interpreter in, Args args);
}
