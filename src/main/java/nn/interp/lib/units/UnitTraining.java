package nn.interp.lib.units;

import nn.i18n.Messages;

import nn.lang.ast.Expr;
import nn.lang.ast.TrainSpec;
import nn.model.logic.HebbRule;
import nn.model.logic.LearnableUnit;
import nn.model.logic.Narrator;
import nn.model.logic.Perceptron;
import nn.model.logic.PerceptronRule;
import nn.model.logic.RowModel;
import nn.model.logic.TrainReport;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * {@code train UNIT on DATA with perceptron_rule(lr = η) epochs N} and {@code … with hebb(lr = η) …}:
 * sequential updates in dataset order, narrated under {@code trace on}, then one report line
 * (and, when a perceptron could not converge, the proof that the data is not linearly separable).
 */
final class UnitTraining {
    private UnitTraining() {}

    /** Prints the report and returns its first line as a string. */
    static Value train(Interpreter in, Expr.Train t) {
        TrainSpec.Rule spec = (TrainSpec.Rule) t.spec();
        String name = t.network().name();
        Value target = in.eval(t.network());
        Value ruleValue = in.eval(spec.rule());
        if (!(ruleValue instanceof Value.RuleV rule))
            throw new RuntimeError(spec.rule().span(), Messages.t("units.train-needs-rule", ruleValue.describe()),
                    Messages.t("units.hint-networks-train-with-block", name));
        if (!(target instanceof Value.UnitV u) || !(u.unit() instanceof LearnableUnit unit))
            throw new RuntimeError(t.network().span(), Messages.t("units.rule-trains-single-unit", rule.text(), name, what(target)),
                    hint(target, name));
        Value dataValue = in.eval(t.data());
        if (!(dataValue instanceof Value.DatasetV data))
            throw new RuntimeError(t.data().span(), Messages.t("units.train-needs-dataset", dataValue.describe()),
                    Messages.t("units.hint-make-dataset"));
        int epochs = epochs(in, spec.epochs());
        UnitData examples = UnitData.of(data.dataset(), t.data().span());
        int width = examples.inputs()[0].length;
        if (width != unit.weightCount())
            throw new RuntimeError(t.data().span(), Messages.t("units.examples-width", name, unit.weightCount(),
                    nn.lang.source.Visible.excerpt(t.data().span().text()), width));
        boolean narrate = in.trace.active();
        Narrator narrator = new Narrator() {
            @Override public void line(String text) { in.output.line(text, t.span()); }
            @Override public void example() { in.budget.checkTimeAndInterrupt(t.span()); }
            @Override public boolean enabled() { return narrate; }
        };
        TrainReport report = switch (rule.rule()) {
            case PerceptronRule pr when unit instanceof Perceptron p -> pr.train(p, examples.inputs(), examples.targets(), epochs, narrator);
            case PerceptronRule pr -> throw new RuntimeError(t.network().span(),
                    Messages.t("units.perceptron-rule-needs-perceptron", name, ((RowModel) unit).indefinite()),
                    Messages.t("units.hint-train-linear-with-hebb", name));
            case HebbRule h -> h.train(unit, examples.inputs(), examples.targets(), epochs, narrator);
        };
        in.output.line(report.message(), t.span());
        in.output.line("  " + name + ": w = " + vector(in, report.weights())
                + (unit.hasBias() ? ", b = " + in.format.number(report.bias()) : ""), t.span());
        if (!report.proof().isEmpty() && !report.converged()) in.output.line("  " + report.proof(), t.span());
        return new Value.Str(report.message());
    }

    private static int epochs(Interpreter in, Expr e) {
        double d = in.number(in.eval(e), e.span(), Messages.t("units.the-number-of-epochs"));
        if (d != Math.rint(d) || d < 1)
            throw new RuntimeError(e.span(), Messages.t("units.epochs-whole", in.format.number(d)));
        if (d > 1_000_000) throw new RuntimeError(e.span(), Messages.t("units.epochs-at-most", in.format.number(d)));
        return (int) d;
    }

    /** Always in brackets, even for one weight. */
    private static String vector(Interpreter in, double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(in.format.number(v[i]));
        return sb.append(']').toString();
    }

    private static String what(Value v) {
        return v instanceof Value.UnitV u ? u.unit().indefinite() : v.describe();
    }

    private static String hint(Value v, String name) {
        if (v instanceof Value.NetworkV) return Messages.t("units.hint-networks-train-with-block", name);
        if (v instanceof Value.UnitV) return Messages.t("units.hint-units-wired-by-hand");
        return Messages.t("units.hint-declare-learnable", name);
    }
}
