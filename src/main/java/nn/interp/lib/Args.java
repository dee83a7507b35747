package nn.interp.lib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.i18n.Messages;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.lang.ast.Expr;
import nn.lang.source.Span;
import nn.tensor.Matrix;

/**
 * A builtin's arguments, matched to its parameter names: positional first, then by name
 * ({@code rand(2, 3)}, {@code spiral(points = 200, seed = 7)}); a left-out parameter holds its fallback.
 * Accessors convert and explain what was expected when a value has the wrong kind.
 */
public final class Args {
    private final String function;
    private final Map<String, Value> values;
    private final Map<String, Span> spans;
    private final Span callSpan;
    private final Map<String, Expr> sources;

    private Args(String function, Map<String, Value> values, Map<String, Span> spans, Map<String, Expr> sources, Span callSpan) {
        this.function = function;
        this.sources = sources;
        this.values = values;
        this.spans = spans;
        this.callSpan = callSpan;
    }

    /** One argument as written: its name (null when positional), value, span, and source expression (null when made up). */
    public record Given(String name, Value value, Span span, Expr source) {
        public Given(String name, Value value, Span span) { this(name, value, span, null); }
    }

    /**
     * Matches {@code given} to {@code params}: positional arguments in order, then named ones; a left-out
     * parameter gets its fallback. {@code usage} is how a hint writes the call. The checker finds the same
     * mistakes before a script runs (see {@link Registry#signatures}); this catches calls it cannot see,
     * such as a builtin called through another name.
     */
    public static Args bind(String function, List<Param> params, String usage, List<Given> given, Span callSpan) {
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        Map<String, Expr> sources = new LinkedHashMap<>();
        int position = 0, extra = 0;
        boolean variadic = !params.isEmpty() && params.get(params.size() - 1).rest();
        int positional = variadic ? params.size() - 1 : params.size();
        for (Given g : given) {
            String key;
            if (g.name() == null) {
                if (position < positional) key = params.get(position++).name();
                else if (variadic) key = "#" + (extra++);
                else throw new RuntimeError(g.span(), Messages.t("registry.too-many-arguments", function, positional, given.size()),
                        Messages.t("registry.call-it-as", usage));
            } else {
                key = g.name();
                if (params.stream().noneMatch(p -> p.name().equals(key) && !p.rest()))
                    throw new RuntimeError(g.span(), Messages.t("registry.no-such-parameter", function, key), Messages.t("registry.call-it-as", usage));
            }
            if (values.containsKey(key))
                throw new RuntimeError(g.span(), Messages.t("registry.argument-twice", key, function));
            values.put(key, asDeclared(params, key, g.value()));
            spans.put(key, g.span());
            if (g.source() != null) sources.put(key, g.source());
        }
        for (Param p : params) {
            if (p.rest() || values.containsKey(p.name())) continue;
            if (p.required())
                throw new RuntimeError(callSpan, Messages.t("registry.missing-argument", function, p.name()), Messages.t("registry.call-it-as", usage));
            if (p.fallback() != null) values.put(p.name(), p.fallback());
        }
        return new Args(function, values, spans, sources, callSpan);
    }

    /** A list of numbers given where a matrix is expected (mean(losses)) is the row it stands for. */
    private static Value asDeclared(List<Param> params, String key, Value v) {
        for (Param p : params)
            if (p.name().equals(key) && p.type() == Type.MATRIX) {
                Matrix row = Value.numbersAsRow(v);
                return row == null ? v : new Value.Mat(row);
            }
        return v;
    }

    public boolean has(String name) { return values.containsKey(name); }
    public Value value(String name) { return values.get(name); }
    public Span span(String name) { return spans.getOrDefault(name, callSpan); }
    public Span callSpan() { return callSpan; }
    /** The expression an argument was written as (append needs its list's name), or null. */
    public Expr source(String name) { return sources.get(name); }
    public String function() { return function; }

    /** The variadic arguments beyond the named parameters, in order. */
    public List<Value> rest() {
        List<Value> out = new ArrayList<>();
        for (int i = 0; values.containsKey("#" + i); i++) out.add(values.get("#" + i));
        return out;
    }

    /** The error for an argument of the wrong kind; {@code expected} is already in the chosen language ("a number"). */
    public RuntimeError wrong(String name, String expected) {
        return new RuntimeError(span(name), Messages.t("registry.wrong-argument", function, name, expected, values.get(name).describe()));
    }

    public double number(String name) {
        Value v = Value.plain(values.get(name));
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Mat m && m.value().isScalar()) return m.value().item();
        throw wrong(name, Messages.t("registry.expected-number"));
    }

    public double number(String name, double fallback) { return has(name) ? number(name) : fallback; }

    public int integer(String name) {
        double d = number(name);
        if (d != Math.rint(d))
            throw new RuntimeError(span(name), Messages.t("registry.wrong-argument", function, name, Messages.t("registry.expected-whole-number"),
                    nn.tensor.Decimals.number(d)));
        if (Math.abs(d) > Integer.MAX_VALUE)
            throw new RuntimeError(span(name), Messages.t("registry.whole-number-too-large", function, name, nn.tensor.Decimals.number(d),
                    Integer.MAX_VALUE));
        return (int) d;
    }

    public int integer(String name, int fallback) { return has(name) ? integer(name) : fallback; }

    public int positive(String name) {
        int n = integer(name);
        if (n <= 0) throw new RuntimeError(span(name), Messages.t("registry.not-positive", function, name, n));
        return n;
    }

    public Matrix matrix(String name) {
        Value v = Value.plain(values.get(name));
        if (v instanceof Value.Mat m) return m.value();
        if (v instanceof Value.Num n) return Matrix.scalar(n.value());
        Matrix numbers = Value.numbersAsRow(v);
        if (numbers != null) return numbers;
        throw wrong(name, Messages.t("registry.expected-matrix-or-number"));
    }

    public String string(String name) {
        if (values.get(name) instanceof Value.Str s) return s.value();
        throw wrong(name, Messages.t("registry.expected-string"));
    }

    public boolean bool(String name, boolean fallback) {
        if (!has(name)) return fallback;
        if (values.get(name) instanceof Value.Bool b) return b.value();
        throw wrong(name, Messages.t("registry.expected-bool"));
    }
}
