package nn.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.lang.ast.Expr;
import nn.lang.source.Span;
import nn.tensor.Matrix;

/**
 * A builtin's arguments, matched to its parameter names: positional first, then by name
 * ({@code rand(2, 3)}, {@code spiral(points = 200, seed = 7)}). Accessors convert and explain what
 * was expected when a value has the wrong kind.
 */
public final class Args {
    private final String function;
    private final Map<String, Value> values;
    private final Map<String, Span> spans;
    private final Span callSpan;

    private Args(String function, Map<String, Value> values, Map<String, Span> spans, Span callSpan) {
        this.function = function;
        this.values = values;
        this.spans = spans;
        this.callSpan = callSpan;
    }

    /** A parameter list like {@code "rows", "cols?"}: a trailing '?' marks an optional parameter. */
    public record Signature(List<String> names, List<Boolean> optional, boolean variadic) {
        public static Signature of(String... params) {
            List<String> names = new ArrayList<>();
            List<Boolean> opt = new ArrayList<>();
            boolean variadic = false;
            for (String p : params) {
                if (p.equals("...")) { variadic = true; continue; }
                boolean o = p.endsWith("?");
                names.add(o ? p.substring(0, p.length() - 1) : p);
                opt.add(o);
            }
            return new Signature(List.copyOf(names), List.copyOf(opt), variadic);
        }

        public String describe(String fn) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) parts.add(optional.get(i) ? names.get(i) + "?" : names.get(i));
            if (variadic) parts.add("...");
            return fn + "(" + String.join(", ", parts) + ")";
        }
    }

    /** One argument as written: its name (null when positional), value, span, and source expression (null when made up). */
    public record Given(String name, Value value, Span span, Expr source) {
        public Given(String name, Value value, Span span) { this(name, value, span, null); }
    }

    public static Args bind(String function, Signature sig, List<Given> given, Span callSpan) {
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        int position = 0;
        int extra = 0;
        for (Given g : given) {
            String key;
            if (g.name() == null) {
                if (position < sig.names().size()) key = sig.names().get(position++);
                else if (sig.variadic()) key = "#" + (extra++);
                else throw new RuntimeError(g.span(), function + " takes at most " + sig.names().size()
                        + " argument" + (sig.names().size() == 1 ? "" : "s") + ", got " + given.size(),
                        "call it as " + sig.describe(function));
            } else {
                key = g.name();
                if (!sig.names().contains(key))
                    throw new RuntimeError(g.span(), function + " has no parameter named '" + key + "'",
                            "call it as " + sig.describe(function));
            }
            if (values.containsKey(key))
                throw new RuntimeError(g.span(), "the argument '" + key + "' of " + function + " is given twice");
            values.put(key, g.value());
            spans.put(key, g.span());
        }
        for (int i = 0; i < sig.names().size(); i++)
            if (!sig.optional().get(i) && !values.containsKey(sig.names().get(i)))
                throw new RuntimeError(callSpan, function + " needs the argument '" + sig.names().get(i) + "'",
                        "call it as " + sig.describe(function));
        return new Args(function, values, spans, callSpan);
    }

    public boolean has(String name) { return values.containsKey(name); }
    public Value value(String name) { return values.get(name); }
    public Span span(String name) { return spans.getOrDefault(name, callSpan); }
    public Span callSpan() { return callSpan; }
    public String function() { return function; }

    /** The variadic arguments beyond the named parameters, in order. */
    public List<Value> rest() {
        List<Value> out = new ArrayList<>();
        for (int i = 0; values.containsKey("#" + i); i++) out.add(values.get("#" + i));
        return out;
    }

    public RuntimeError wrong(String name, String expected) {
        return new RuntimeError(span(name), function + "'s argument '" + name + "' must be " + expected
                + ", got " + values.get(name).describe());
    }

    public double number(String name) {
        Value v = Features.plain(values.get(name));
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Mat m && m.value().isScalar()) return m.value().item();
        throw wrong(name, "a number");
    }

    public double number(String name, double fallback) { return has(name) ? number(name) : fallback; }

    public int integer(String name) {
        double d = number(name);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) throw wrong(name, "a whole number");
        return (int) d;
    }

    public int integer(String name, int fallback) { return has(name) ? integer(name) : fallback; }

    public int positive(String name) {
        int n = integer(name);
        if (n <= 0) throw new RuntimeError(span(name), function + "'s argument '" + name + "' must be positive, got " + n);
        return n;
    }

    public Matrix matrix(String name) {
        Value v = Features.plain(values.get(name));
        if (v instanceof Value.Mat m) return m.value();
        if (v instanceof Value.Num n) return Matrix.scalar(n.value());
        throw wrong(name, "a matrix or a number");
    }

    public String string(String name) {
        if (values.get(name) instanceof Value.Str s) return s.value();
        throw wrong(name, "a string");
    }

    public boolean bool(String name, boolean fallback) {
        if (!has(name)) return fallback;
        if (values.get(name) instanceof Value.Bool b) return b.value();
        throw wrong(name, "true or false");
    }
}
