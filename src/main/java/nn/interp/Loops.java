package nn.interp;

import nn.i18n.Messages;
import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.ast.Ident;
import nn.lang.ast.Stmt;
import nn.tensor.Matrix;

/** {@code for}: an inclusive integer range a..b, the rows of a matrix, the items of a list, or a dataset's examples. */
final class Loops {
    private Loops() {}

    /** 2^53: the largest whole number up to which every whole number is a double. */
    private static final double MAX_COUNT = 0x1p53;

    static void range(Interpreter in, Stmt.ForRange f) {
        double a = in.number(in.eval(f.from()), f.from().span(), Messages.t("interp.what.range-start"));
        double b = in.number(in.eval(f.to()), f.to().span(), Messages.t("interp.what.range-end"));
        if (a != Math.rint(a) || b != Math.rint(b))
            throw new RuntimeError(f.from().span().to(f.to().span()), Messages.t("interp.range-whole", in.format.number(a) + ".." + in.format.number(b)));
        // Past 2^53 a double cannot count by ones (1e300 + 1 == 1e300): the loop would never end.
        if (Math.abs(a) > MAX_COUNT || Math.abs(b) > MAX_COUNT)
            throw new RuntimeError(f.from().span().to(f.to().span()), Messages.t("interp.range-too-far", in.format.number(a) + ".." + in.format.number(b)));
        try {
            for (long i = (long) a; i <= (long) b; i++) iteration(in, f.span(), f.var(), new Value.Num(i), null, null, f.body());
        } catch (Signals.Break b2) {
            // the loop ends
        }
    }

    static void each(Interpreter in, Stmt.ForEach f) {
        try {
            collection(in, f);
        } catch (Signals.Break b) {
            // the loop ends
        }
    }

    private static void collection(Interpreter in, Stmt.ForEach f) {
        Value over = Value.plain(in.eval(f.over()));
        switch (over) {
            case Value.Mat m -> {
                if (f.second() != null)
                    throw new RuntimeError(f.over().span(), Messages.t("interp.for-two-over-matrix"));
                Matrix mat = m.value();
                for (int r = 0; r < mat.rows(); r++) iteration(in, f.span(), f.var(), new Value.Mat(mat.row(r)), null, null, f.body());
            }
            case Value.ListV l -> {
                if (f.second() != null)
                    throw new RuntimeError(f.over().span(), Messages.t("interp.for-two-over-list"));
                for (Value v : List.copyOf(l.items())) iteration(in, f.span(), f.var(), v, null, null, f.body());
            }
            default -> {
                List<Value[]> examples = Features.examples(in, over, f.over().span());
                for (Value[] ex : examples) {
                    if (f.second() == null)
                        throw new RuntimeError(f.span(), Messages.t("interp.for-one-over-dataset"),
                                Messages.t("interp.for-one-over-dataset-hint", f.var().text()));
                    iteration(in, f.span(), f.var(), ex[0], f.second(), ex[1], f.body());
                }
            }
        }
    }

    private static void iteration(Interpreter in, nn.lang.source.Span at, Ident var, Value first, Ident second, Value secondValue,
                                  List<Stmt> body) {
        in.budget.step(at);
        in.assign(new Expr.Name(at, var.text()), first);
        if (second != null) in.assign(new Expr.Name(at, second.text()), secondValue);
        try {
            in.execAll(body);
        } catch (Signals.Continue c) {
            // next iteration
        }
    }
}
