package nn.interp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.run.ScriptRunner;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random formulas of 1 to 12 variables, written as a script would write them (minimal parentheses,
 * so the grammar's precedence ! &gt; &amp; &gt; ^ &gt; | matters), compiled by {@code gate} and
 * compared with a direct evaluation in this test on every input row via {@code truthtable(f)}.
 */
class GateScriptPropertyTest {
    @TempDir Path folder;

    private sealed interface F permits Var, Const, Not, Op {}
    private record Var(int index) implements F {}
    private record Const(boolean value) implements F {}
    private record Not(F operand) implements F {}
    private record Op(char op, F left, F right) implements F {}

    @Test void compiledGatesAgreeWithTheirFormulasOnEveryRow() {
        Rng rng = new Rng(2024);
        StringBuilder script = new StringBuilder();
        for (int trial = 0; trial < 48; trial++) {
            int n = 1 + trial % 12;
            F f = formula(rng, n);
            List<String> args = new ArrayList<>();
            for (int i = 0; i < n; i++) args.add("v" + (i + 1));
            script.append("gate g").append(trial).append('(').append(String.join(", ", args)).append(") = ")
                    .append(text(f, 0)).append('\n');
            script.append("expect truthtable(g").append(trial).append(") == ").append(expected(f, n)).append('\n');
        }
        script.append("print \"all agree\"\n");
        ScriptRunner.Result r = ScriptRunner.run("gates.nn", script.toString(), folder);
        assertEquals("", r.err());
        assertEquals("all agree\n", r.out());
    }

    /** A random tree that uses every variable at least once. */
    private static F formula(Rng rng, int n) {
        List<F> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) leaves.add(new Var(i));
        int extra = rng.nextInt(n + 2);
        for (int i = 0; i < extra; i++) leaves.add(rng.nextInt(10) == 0 ? new Const(rng.nextInt(2) == 1) : new Var(rng.nextInt(n)));
        while (leaves.size() > 1) {
            int a = rng.nextInt(leaves.size());
            F left = leaves.remove(a);
            int b = rng.nextInt(leaves.size());
            F right = leaves.remove(b);
            char op = "&|^".charAt(rng.nextInt(3));
            F combined = new Op(op, left, right);
            if (rng.nextInt(4) == 0) combined = new Not(combined);
            leaves.add(rng.nextInt(5) == 0 ? new Not(combined) : combined);
        }
        return leaves.get(0);
    }

    private static int precedence(char op) { return op == '&' ? 3 : op == '^' ? 2 : 1; }

    /** The formula with parentheses only where precedence needs them (left-associative chains stay bare). */
    private static String text(F f, int outer) {
        return switch (f) {
            case Var v -> "v" + (v.index() + 1);
            case Const c -> c.value() ? "1" : "0";
            case Not n -> "!" + (n.operand() instanceof Op ? "(" + text(n.operand(), 0) + ")" : text(n.operand(), 4));
            case Op o -> {
                int p = precedence(o.op());
                String s = text(o.left(), p) + " " + o.op() + " " + text(o.right(), p + 1);
                yield p < outer ? "(" + s + ")" : s;
            }
        };
    }

    private static boolean eval(F f, boolean[] x) {
        return switch (f) {
            case Var v -> x[v.index()];
            case Const c -> c.value();
            case Not n -> !eval(n.operand(), x);
            case Op o -> switch (o.op()) {
                case '&' -> eval(o.left(), x) & eval(o.right(), x);
                case '|' -> eval(o.left(), x) | eval(o.right(), x);
                default -> eval(o.left(), x) ^ eval(o.right(), x);
            };
        };
    }

    /** The output row over all 2ⁿ inputs, first variable the most significant bit. */
    private static String expected(F f, int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int r = 0; r < 1 << n; r++) {
            boolean[] x = new boolean[n];
            for (int j = 0; j < n; j++) x[j] = ((r >>> (n - 1 - j)) & 1) == 1;
            sb.append(r == 0 ? "" : ", ").append(eval(f, x) ? 1 : 0);
        }
        return sb.append(']').toString();
    }
}
