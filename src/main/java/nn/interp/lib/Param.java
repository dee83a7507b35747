package nn.interp.lib;

import nn.interp.Value;

/**
 * One parameter of a builtin: its name (positional order is declaration order; any parameter may also
 * be given by name), what it expects, and whether it may be left out. A left-out parameter with a
 * {@code fallback} gets that value; one without is simply absent ({@link Args#has} is false) and the
 * builtin says in its doc what it does then (a seed drawn from the run's generator, say).
 *
 * <p>{@code rest} marks a last parameter that takes every further positional argument (union(a, b, …)).
 */
public record Param(String name, Type type, boolean required, Value fallback, boolean rest) {
    public static Param of(String name, Type type) { return new Param(name, type, true, null, false); }
    public static Param optional(String name, Type type) { return new Param(name, type, false, null, false); }
    public static Param optional(String name, Type type, double fallback) {
        return new Param(name, type, false, new Value.Num(fallback), false);
    }
    public static Param optional(String name, Type type, boolean fallback) {
        return new Param(name, type, false, new Value.Bool(fallback), false);
    }
    public static Param rest(String name, Type type) { return new Param(name, type, false, null, true); }

    /** As a signature writes it: {@code m}, {@code beta = 0.9}, {@code seed?}, {@code regions...}. */
    public String usage(java.util.function.Function<Value, String> format) {
        if (rest) return name + "...";
        if (required) return name;
        return fallback == null ? name + "?" : name + " = " + format.apply(fallback);
    }
}
