package nn.interp;

import java.util.List;
import nn.lang.ast.Stmt;
import nn.tensor.Matrix;

/** {@code for}: an inclusive integer range a..b, the rows of a matrix, the items of a list, or a dataset's examples. */
final class Loops {
    private Loops() {}

    static void run(Interpreter in, Stmt.For f) {
        try {
            if (f.to() != null) range(in, f);
            else collection(in, f);
        } catch (Signals.Break b) {
            // the loop ends
        }
    }

    private static void range(Interpreter in, Stmt.For f) {
        if (f.second() != null)
            throw new RuntimeError(f.span(), "a range gives one number per step: write 'for " + f.var() + " in a..b'");
        double a = in.number(in.eval(f.from()), f.from().span(), "the start of a range");
        double b = in.number(in.eval(f.to()), f.to().span(), "the end of a range");
        if (a != Math.rint(a) || b != Math.rint(b))
            throw new RuntimeError(f.from().span().to(f.to().span()), "a range needs whole numbers, got "
                    + in.format.number(a) + ".." + in.format.number(b));
        for (long i = (long) a; i <= (long) b; i++) iteration(in, f, new Value.Num(i), null);
    }

    private static void collection(Interpreter in, Stmt.For f) {
        Value over = Value.plain(in.eval(f.from()));
        switch (over) {
            case Value.Mat m -> {
                if (f.second() != null)
                    throw new RuntimeError(f.from().span(), "the rows of a matrix are one value each; 'for x, d in …' needs a dataset");
                Matrix mat = m.value();
                for (int r = 0; r < mat.rows(); r++) iteration(in, f, new Value.Mat(mat.row(r)), null);
            }
            case Value.ListV l -> {
                if (f.second() != null)
                    throw new RuntimeError(f.from().span(), "a list gives one value per step; 'for x, d in …' needs a dataset");
                for (Value v : List.copyOf(l.items())) iteration(in, f, v, null);
            }
            default -> {
                List<Value[]> examples = Features.examples(in, over, f.from().span());
                for (Value[] ex : examples) {
                    if (f.second() == null)
                        throw new RuntimeError(f.span(), "a dataset gives an input and a target per step",
                                "write 'for " + f.var() + ", target in …'");
                    iteration(in, f, ex[0], ex[1]);
                }
            }
        }
    }

    private static void iteration(Interpreter in, Stmt.For f, Value first, Value second) {
        in.budget.step(f.span());
        in.assign(new nn.lang.ast.Expr.Name(f.span(), f.var()), first);
        if (second != null) in.assign(new nn.lang.ast.Expr.Name(f.span(), f.second()), second);
        try {
            in.execAll(f.body());
        } catch (Signals.Continue c) {
            // next iteration
        }
    }
}
