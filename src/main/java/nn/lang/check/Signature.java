package nn.lang.check;

import java.util.List;

/**
 * What the checker knows of a function it can call before anything runs: its parameter names in
 * positional order, which must be given, whether further positional arguments are taken, and how a
 * hint writes the call ({@code momentum(lr, beta = 0.9)}).
 */
public record Signature(String name, List<String> params, List<Boolean> required, boolean variadic, String usage) {
    public Signature {
        params = List.copyOf(params);
        required = List.copyOf(required);
    }

    /** How many arguments may be given by position. */
    int positional() { return params.size(); }
}
