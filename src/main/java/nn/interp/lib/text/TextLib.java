package nn.interp.lib.text;

import nn.i18n.Messages;
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
        return new RuntimeError(at, Messages.t("text.too-long", MAX_CHARS), Messages.t("text.too-long-hint"));
    }

    private static String field(Interpreter in, Value v, String spec, Span at) {
        try {
            return FormatSpec.parse(spec).apply(v, in.format()::value);
        } catch (FormatSpec.Invalid e) {
            throw new RuntimeError(at, e.getMessage(), Messages.t("text.spec-hint"));
        }
    }

    private static Value format(Interpreter in, Args a) {
        String template = a.string("template");
        List<Value> values = a.rest();
        List<Templates.Piece> pieces;
        try {
            pieces = Templates.split(template);
        } catch (Templates.Error e) {
            throw new RuntimeError(a.span("template"), Messages.t("text.template-error", e.getMessage(), e.offset + 1), e.hint);
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
                throw new RuntimeError(a.span("template"), Messages.t("text.named-field", field, "{0}, {1}"), Messages.t("text.named-field-hint", field));
            }
            if (index >= values.size())
                throw new RuntimeError(a.callSpan(), Messages.t("text.too-few-values", index + 1, values.size()), Messages.t("text.too-few-values-hint"));
            out.append(field(in, values.get(index), p.spec(), a.span("template")));
            if (out.length() > MAX_CHARS) throw tooLong(a.callSpan());
        }
        return new Value.Str(out.toString());
    }

    private static RuntimeError mixed(Args a) {
        return new RuntimeError(a.span("template"), Messages.t("text.mixed-fields", "{0}"), Messages.t("text.mixed-fields-hint"));
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
            throw new RuntimeError(a.span("xs"), Messages.t("text.append-needs-name"), Messages.t("text.append-needs-name-hint"));
        Value xs = Value.plain(a.value("xs")), v = Value.plain(a.value("v"));
        Value grown = switch (xs) {
            case Value.ListV l -> withItem(in, l.items(), v);
            case Value.Mat m -> appendToMatrix(in, m.value(), v, a);
            default -> throw new RuntimeError(a.span("xs"), Messages.t("text.append-to-what", xs.describe()), Messages.t("text.append-to-what-hint"));
        };
        in.rebind(name, grown);
        return Value.Nothing.INSTANCE;
    }

    private static Value withItem(Interpreter in, List<Value> items, Value v) {
        // Charge what this append allocates: one slot when it extends the list in place (a loop of n
        // appends is charged n, not n²/2, and so does not trigger a live count every few appends), the
        // whole list when it copies.
        long charged = GrowableItems.extendsInPlace(items) ? 1L : items.size() + 1L;
        in.budget().allocate(charged, Messages.t("matrices.budget-list", items.size() + 1), null);
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
            throw new RuntimeError(a.span("v"), Messages.t("text.append-to-matrix", v.describe(), m.shape()), Messages.t("text.append-to-matrix-hint"));
        }
        if (row.cols() != m.cols())
            throw new RuntimeError(a.span("v"), Messages.t("text.append-row-width", row.shape(), m.shape(), m.cols()), null);
        in.budget().allocate((long) (m.rows() + row.rows()) * m.cols(), Messages.t("text.budget-matrix", (m.rows() + row.rows()) + "×" + m.cols()), null);
        double[] data = new double[(m.rows() + row.rows()) * m.cols()];
        System.arraycopy(m.data(), 0, data, 0, m.size());
        System.arraycopy(row.data(), 0, data, m.size(), row.size());
        return new Value.Mat(new Matrix(m.rows() + row.rows(), m.cols(), data));
    }
}
