package nn.interp.lib;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nn.interp.Value;

/**
 * One builtin function, declared once: its name, parameters, a one-line doc, an example, and its
 * implementation. The checker, the REPL's :help and completion, and the reference test read it.
 */
public record Builtin(String name, Area area, List<Param> params, String doc, String example, Impl impl) {
    public Builtin {
        params = List.copyOf(params);
        for (int i = 0; i < params.size() - 1; i++)
            if (params.get(i).rest()) throw new IllegalArgumentException(Messages.t("internal.rest-parameter", name));
    }

    /** {@code momentum(lr, beta = 0.9)}. */
    public String usage(Function<Value, String> format) {
        List<String> parts = new ArrayList<>();
        for (Param p : params) parts.add(p.usage(format));
        return name + "(" + String.join(", ", parts) + ")";
    }

    /** The parameter called {@code name}, or null. */
    public Param param(String name) {
        for (Param p : params) if (p.name().equals(name)) return p;
        return null;
    }

    /** The one-line doc in the chosen language (the declared {@code doc} is the English). */
    @Override
    public String doc() { return Docs.builtin(name, doc); }

    /**
     * The example in the chosen language: code stays code, but an example whose comment or string holds
     * words ({@code len([1, 2, 3])  # 1 (one row)}) has them translated in the doc catalogue.
     */
    @Override
    public String example() { return Docs.example(name, example); }

    public boolean variadic() { return !params.isEmpty() && params.get(params.size() - 1).rest(); }
}
