package nn.interp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nn.lang.ast.Stmt;
import nn.lang.check.Definitions;

/** The names a function makes local: its parameters and every name its body defines (not inside nested functions). */
final class FunctionLocals {
    private FunctionLocals() {}

    static Set<String> of(List<String> params, List<Stmt> body) {
        Set<String> out = new LinkedHashSet<>(params);
        out.addAll(Definitions.of(body, false));
        return Set.copyOf(out);
    }
}
