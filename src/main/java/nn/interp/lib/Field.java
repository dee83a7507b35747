package nn.interp.lib;

import java.util.function.BiFunction;
import java.util.function.Predicate;
import nn.interp.Interpreter;
import nn.interp.Value;

/**
 * One field of a kind of value ({@code M.T}, {@code W.grad}, {@code net.weights}, {@code d.inputs}, …),
 * declared once in its lecture area's package next to the builtins: its name, the kind of value that
 * has it, what it holds (a word for :help), a one-line doc, and how it is read. Reading a field, the
 * did-you-mean of a misspelt one, the REPL's completion after '.', {@code :help} and the reference test
 * all read these declarations through {@link Registry#fields}.
 *
 * @param has whether a value of its kind has the field (a gate's {@code .structural} needs a formula)
 */
public record Field(String name, Holder holder, String type, String doc, BiFunction<Interpreter, Value, Value> get,
                    Predicate<Value> has) {

    public static Field of(String name, Holder holder, String type, String doc, BiFunction<Interpreter, Value, Value> get) {
        return new Field(name, holder, type, doc, get, v -> true);
    }

    /** This field, present only on the values {@code has} accepts. */
    public Field onlyWhen(Predicate<Value> has) { return new Field(name, holder, type, doc, get, has); }

    /** The one-line doc in the chosen language (the declared {@code doc} is the English). */
    @Override
    public String doc() { return Docs.field(holder, name, doc); }

    /** What it holds, in the chosen language. */
    @Override
    public String type() { return Docs.holds(type); }

    public Area area() { return holder.area(); }

    /** How :help writes it: {@code net.weights}. */
    public String usage() { return holder.example() + "." + name; }
}
