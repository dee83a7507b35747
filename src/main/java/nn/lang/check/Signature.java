package nn.lang.check;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the checker knows of a function it can call before anything runs: its parameter names in
 * positional order, which must be given, whether further positional arguments are taken, and how a
 * hint writes the call ({@code momentum(lr, beta = 0.9)}). The call is written only when a hint needs it:
 * writing it for every builtin (their defaults formatted as numbers) was a tenth of a script's start-up.
 */
public record Signature(String name, List<String> params, List<Boolean> required, boolean variadic, Supplier<String> usageText) {
    public Signature {
        params = List.copyOf(params);
        required = List.copyOf(required);
    }

    /** How a hint writes a call: {@code momentum(lr, beta = 0.9)}. */
    public String usage() { return usageText.get(); }

    /** How many arguments may be given by position. */
    int positional() { return params.size(); }
}
