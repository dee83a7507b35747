package nn.interp.lib.units;

import nn.i18n.Messages;

import nn.interp.lib.Args;
import java.util.ArrayList;
import java.util.List;
import nn.data.Dataset;
import nn.graph.Node;
import nn.lang.ast.Expr;
import nn.lang.ast.Ident;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.model.Network;
import nn.model.logic.BoolExpr;
import nn.model.logic.GateCompiler;
import nn.model.logic.RowModel;
import nn.model.logic.ThresholdNetwork;
import nn.model.logic.TruthTable;
import nn.tensor.Matrix;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * Lecture part 1 in the language: {@code unit}, {@code perceptron p(…)}, {@code gate}, truth tables,
 * calling units and reading their fields, and training single units with a classic rule. Builtins
 * live in {@code lib/UnitLib}, training in {@link UnitTraining}, region plots in {@link RegionPlots}.
 */
public final class LogicFeatures {
    private LogicFeatures() {}

    /** Networks of more inputs than this have too many rows to print as a truth table. */
    static final int MAX_TABLE_INPUTS = TruthTable.MAX_VARIABLES;

    /** unit NAME = expr: the value must be a unit; a threshold network takes the unit's name. */
    public static void unit(Interpreter in, Stmt.Unit u) {
        Value v = in.eval(u.value());
        if (!(v instanceof Value.UnitV unit))
            throw new RuntimeError(u.value().span(), Messages.t("units.unit-made-by", v.describe()),
                    Messages.t("units.hint-unit-declare", u.name().text()));
        in.define(u.name().text(), unit.unit() instanceof ThresholdNetwork n ? new Value.UnitV(n.withName(u.name().text())) : unit);
    }

    /** perceptron NAME(inputs = n) or perceptron NAME(weights = [..], bias = b). */
    public static void perceptron(Interpreter in, Stmt.PerceptronDecl p) {
        List<Args.Given> given = new ArrayList<>();
        for (Expr.Arg a : p.args()) given.add(new Args.Given(a.keyword(), in.eval(a.value()), a.span()));
        nn.interp.lib.Builtin make = nn.interp.lib.Registry.standard().get("perceptron");
        in.define(p.name().text(), make.impl().call(in, Args.bind("perceptron", make.params(), nn.interp.lib.Registry.usage(make), given, p.span())));
    }

    /** gate NAME(args) = FORMULA: compiled to threshold units and checked on every input row. */
    public static void gate(Interpreter in, Stmt.Gate g) {
        BoolExpr f = GateFormulas.checkedGate(g);
        in.define(g.name().text(), new Value.UnitV(GateCompiler.compile(g.name().text(), g.inputs().stream().map(Ident::text).toList(), f)));
    }

    /** truthtable U: every 0/1 input row and the outputs, as an aligned table; truthtable DATA: its rows so. */
    public static void truthtableStmt(Interpreter in, Stmt.TruthTableStmt t) {
        Value v = in.eval(t.target());
        String text = v instanceof Value.DatasetV d ? datasetTable(in, d.dataset(), t.target().span()) : table(in, v, t.target()).format();
        in.output.line(text, t.span());
    }

    /** A dataset's rows laid out like a truth table: inputs | target. */
    private static String datasetTable(Interpreter in, Dataset d, Span at) {
        UnitData data = UnitData.of(d, at);
        int n = d.features();
        List<String> headers = new ArrayList<>(d.featureNames().isEmpty() ? RowModel.defaultInputNames(n) : d.featureNames());
        headers.add("d");
        String[][] cells = new String[data.inputs().length + 1][];
        cells[0] = headers.toArray(String[]::new);
        for (int r = 0; r < data.inputs().length; r++) {
            cells[r + 1] = new String[n + 1];
            for (int c = 0; c < n; c++) cells[r + 1][c] = in.format.number(data.inputs()[r][c]);
            cells[r + 1][n] = in.format.number(data.targets()[r]);
        }
        int[] width = new int[n + 1];
        for (String[] row : cells) for (int c = 0; c <= n; c++) width[c] = Math.max(width[c], row[c].length());
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c <= n; c++)
                line.append(c == 0 ? "" : c == n ? " | " : "  ").append(" ".repeat(width[c] - row[c].length())).append(row[c]);
            sb.append(line).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** truthtable(U): one row per output over all input rows; truthtable(n, formula): a dataset. */
    public static Value truthtable(Interpreter in, Expr.TruthTable t) {
        if (t.formula() != null) return formulaDataset(in, t);
        TruthTable table = table(in, in.eval(t.arg()), t.arg());
        int rows = table.rowCount(), outputs = table.outputNames().size();
        double[] data = new double[rows * outputs];
        for (int k = 0; k < outputs; k++) {
            double[] column = table.outputColumn(k);
            System.arraycopy(column, 0, data, k * rows, rows);
        }
        return new Value.Mat(new Matrix(outputs, rows, data));
    }

    private static TruthTable table(Interpreter in, Value v, Expr source) {
        return switch (v) {
            case Value.UnitV u -> {
                RowModel m = u.unit();
                checkTableSize(in, m.inputCount(), source.span());
                TruthTable table = TruthTable.of(m);
                // A named unit's output column is headed by its name, as the lecture writes AND2.
                boolean unnamed = !(m instanceof ThresholdNetwork n) || n.name().isEmpty();
                yield source instanceof Expr.Name name && unnamed && m.outputCount() == 1
                        ? table.withOutputNames(List.of(name.name())) : table;
            }
            case Value.NetworkV n -> networkTable(in, n.network(), source);
            default -> throw new RuntimeError(source.span(), Messages.t("units.table-subject", v.describe()),
                    Messages.t("units.hint-table-formula"));
        };
    }

    private static void checkTableSize(Interpreter in, int inputs, Span at) {
        if (inputs > MAX_TABLE_INPUTS)
            throw new RuntimeError(at, Messages.t("units.table-too-big", inputs, MAX_TABLE_INPUTS));
        in.allocate(1L << inputs, inputs + 1, at);
    }

    /** A network's outputs on every 0/1 row (one forward pass over the whole batch). */
    private static TruthTable networkTable(Interpreter in, Network net, Expr source) {
        int n = net.inputSize();
        checkTableSize(in, n, source.span());
        int rows = 1 << n;
        double[] x = new double[rows * n];
        for (int r = 0; r < rows; r++) System.arraycopy(TruthTable.row(r, n), 0, x, r * n, n);
        Matrix out = net.forward(Node.constant(new Matrix(rows, n, x))).value();
        List<String> outputs = new ArrayList<>();
        String name = net.name();
        for (int k = 0; k < out.cols(); k++) outputs.add(out.cols() == 1 ? name : name + "_" + (k + 1));
        return TruthTable.of(RowModel.defaultInputNames(n), outputs, row -> {
            int r = 0;
            for (double bit : row) r = 2 * r + (int) bit;
            double[] y = new double[out.cols()];
            for (int k = 0; k < y.length; k++) y[k] = out.get(r, k);
            return y;
        });
    }

    /** truthtable(n, formula): the 2ⁿ input rows (variables in natural order) and the formula's value as class 0 or 1. */
    private static Value formulaDataset(Interpreter in, Expr.TruthTable t) {
        double d = in.number(in.eval(t.arg()), t.arg().span(), Messages.t("units.the-number-of-inputs"));
        List<String> names = GateFormulas.sortedVariables(t.formula());
        if (d != Math.rint(d) || d != names.size())
            throw new RuntimeError(t.arg().span(), Messages.t("units.table-variable-count", names.size(), String.join(", ", names),
                    in.format.number(d), d == 1 ? 1 : 2),
                    Messages.t("units.hint-write", "truthtable(" + names.size() + ", " + nn.lang.source.Visible.excerpt(t.formula().span().text()) + ")"));
        int n = names.size();
        if (n == 0) throw new RuntimeError(t.formula().span(), Messages.t("units.formula-no-variables"));
        checkTableSize(in, n, t.span());
        TruthTable table = TruthTable.of(names, GateFormulas.toBool(t.formula()), "y");
        double[] x = new double[table.rowCount() * n];
        int[] classes = new int[table.rowCount()];
        for (int r = 0; r < classes.length; r++) {
            System.arraycopy(table.inputs(r), 0, x, r * n, n);
            classes[r] = (int) table.outputs(r)[0];
        }
        Dataset data = Dataset.classification(t.formula().span().text(), new Matrix(classes.length, n, x), classes, 2);
        return new Value.DatasetV(data.withNames(names, List.of()));
    }

    /** A verdict as the plain bool it stands for; any other value unchanged. */
    public static Value asBool(Value v) {
        return v instanceof Value.VerdictV d ? new Value.Bool(d.holds()) : v;
    }

    public static Value call(Interpreter in, Value.UnitV u, List<Args.Given> given, Span at) { return UnitValues.call(u.unit(), given, at); }

    /** train UNIT on DATA with RULE epochs N. */
    public static Value trainWithRule(Interpreter in, Expr.Train t) { return UnitTraining.train(in, t); }
}
