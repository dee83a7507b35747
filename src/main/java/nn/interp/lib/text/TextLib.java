package nn.interp.lib.text;

import static nn.interp.lib.Param.of;

import java.util.ArrayList;
import java.util.List;
import nn.interp.Interpreter;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.lang.ast.Expr;
import nn.lang.source.Span;
import nn.lang.syntax.Templates;
import nn.tensor.Matrix;

/**
 * Strings and lists, as a student coming from Python writes them: {@code format("{:.3f}", x)} and
 * f-strings with Python's format specs ({@link FormatSpec}), and {@code append(xs, v)} to grow a list or
 * a row of numbers collected in a loop.
 */
public final class TextLib {
    private TextLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.TEXT, List.of(params), doc, example, impl);
    }

    public static final List<Builtin> BUILTINS = List.of(
            fn("format", "the template with each {} replaced by the next value, written by its format spec as in Python",
                    "format(\"{:.3f} after {} epochs\", 0.12345, 10)  # \"0.123 after 10 epochs\"",
                    TextLib::format, of("template", Type.STRING), Param.rest("values", Type.ANY)),
            fn("append", "adds v at the end of the list or row of numbers bound to the name xs (xs is rebound; "
                            + "other names holding the old value keep it)",
                    "append(losses, E)  # losses = [] before the loop",
                    TextLib::append, of("xs", Type.ANY), of("v", Type.ANY)));

    /** The string an f-string makes: each hole's value written by its spec, between the literal pieces. */
    public static Value fstring(Interpreter in, Expr.FString f) {
        StringBuilder out = new StringBuilder();
        for (Expr.FPart part : f.parts()) {
            switch (part) {
                case Expr.FText t -> out.append(t.text());
                case Expr.FHole h -> out.append(h.label()).append(field(in, in.eval(h.value()), h.spec(), h.span()));
            }
            if (out.length() > MAX_CHARS) throw tooLong(f.span());
        }
        return new Value.Str(out.toString());
    }

    /** Longer strings than this are refused: a formatted string is text for a person to read. */
    static final int MAX_CHARS = 10_000_000;

    private static RuntimeError tooLong(Span at) {
        return new RuntimeError(at, "this string would be longer than " + MAX_CHARS + " characters",
                "format fewer values, or write data to a file with save");
    }

    private static String field(Interpreter in, Value v, String spec, Span at) {
        try {
            return FormatSpec.parse(spec).apply(v, in.format()::value);
        } catch (FormatSpec.Invalid e) {
            throw new RuntimeError(at, e.getMessage(), "Python's format specs: .3f (3 decimals), .2e, .4 (4 significant digits), "
                    + ">8 (right-aligned in 8), .1% (a percentage), d (a whole number)");
        }
    }

    private static Value format(Interpreter in, Args a) {
        String template = a.string("template");
        List<Value> values = a.rest();
        List<Templates.Piece> pieces;
        try {
            pieces = Templates.split(template);
        } catch (Templates.Error e) {
            throw new RuntimeError(a.span("template"), e.getMessage() + " (at character " + (e.offset + 1) + ")", e.hint);
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        Boolean automatic = null;
        for (Templates.Piece p : pieces) {
            if (!p.isField()) {
                out.append(p.literal());
                continue;
            }
            String field = p.field().strip();
            int index;
            if (field.isEmpty()) {
                if (Boolean.FALSE.equals(automatic)) throw mixed(a);
                automatic = true;
                index = next++;
            } else if (field.chars().allMatch(Character::isDigit) && field.length() < 6) {
                if (Boolean.TRUE.equals(automatic)) throw mixed(a);
                automatic = false;
                index = Integer.parseInt(field);
            } else {
                throw new RuntimeError(a.span("template"), "format fills {} and {0}, {1}, … with its values; '{" + field + "}' names none",
                        "for names write an f-string: f\"{" + field + "}\"");
            }
            if (index >= values.size())
                throw new RuntimeError(a.callSpan(), "the template asks for value " + (index + 1) + " but format was given "
                        + values.size(), "give one value after the template for each {}");
            out.append(field(in, values.get(index), p.spec(), a.span("template")));
            if (out.length() > MAX_CHARS) throw tooLong(a.callSpan());
        }
        return new Value.Str(out.toString());
    }

    private static RuntimeError mixed(Args a) {
        return new RuntimeError(a.span("template"), "a template cannot mix {} with numbered fields like {0}",
                "use {} throughout, or number every field");
    }

    /**
     * append(xs, v): v becomes the last item of the list bound to the name xs, which is rebound (as
     * W[0] = … rebinds W; other names holding the old list keep it). [] and a row of numbers count as
     * lists of their numbers, so losses collected in a loop index, slice and count as in Python and still
     * act as a row where a matrix is expected (mean(losses), plot loss losses). A matrix grows by a row of
     * its width: rows = [] then append(rows, [1, 2]) twice is 2×2.
     */
    private static Value append(Interpreter in, Args a) {
        if (!(a.source("xs") instanceof Expr.Name name))
            throw new RuntimeError(a.span("xs"), "append needs the name of a list, like append(losses, E)",
                    "to make a longer list without changing a name write xs + [v]");
        Value xs = Value.plain(a.value("xs")), v = Value.plain(a.value("v"));
        Value grown = switch (xs) {
            case Value.ListV l -> withItem(in, l.items(), v);
            case Value.Mat m -> appendToMatrix(in, m.value(), v, a);
            default -> throw new RuntimeError(a.span("xs"), "append adds to a list, not to " + xs.describe(),
                    "start with xs = [] and append to it");
        };
        in.rebind(name, grown);
        return Value.Nothing.INSTANCE;
    }

    private static Value withItem(Interpreter in, List<Value> items, Value v) {
        in.budget().allocate(items.size() + 1L, "a list of " + (items.size() + 1) + " items", null);
        Value item = v instanceof Value.Mat m && m.value().isScalar() ? new Value.Num(m.value().item()) : v;
        return new Value.ListV(GrowableItems.appended(items, item));
    }

    private static Value appendToMatrix(Interpreter in, Matrix m, Value v, Args a) {
        Matrix row = v instanceof Value.Mat vm && !vm.value().isScalar() ? vm.value() : null;
        if (m.size() == 0) return row != null ? new Value.Mat(row.copy()) : withItem(in, List.of(), v);
        if (row == null) {
            if (m.rows() == 1 && (v instanceof Value.Num || v instanceof Value.Mat)) {
                List<Value> numbers = new ArrayList<>(m.cols());
                for (double d : m.data()) numbers.add(new Value.Num(d));
                return withItem(in, numbers, v);
            }
            throw new RuntimeError(a.span("v"), "cannot append " + v.describe() + " to a " + m.shape() + " matrix",
                    "a matrix grows by a row of its width (append(rows, [1, 2])); collect other values in a list: xs = []");
        }
        if (row.cols() != m.cols())
            throw new RuntimeError(a.span("v"), "cannot append a " + row.shape() + " matrix to a " + m.shape()
                    + " one: its rows have " + m.cols() + " columns", null);
        in.budget().allocate((long) (m.rows() + row.rows()) * m.cols(), "a " + (m.rows() + row.rows()) + "×" + m.cols() + " matrix", null);
        double[] data = new double[(m.rows() + row.rows()) * m.cols()];
        System.arraycopy(m.data(), 0, data, 0, m.size());
        System.arraycopy(row.data(), 0, data, m.size(), row.size());
        return new Value.Mat(new Matrix(m.rows() + row.rows(), m.cols(), data));
    }
}
