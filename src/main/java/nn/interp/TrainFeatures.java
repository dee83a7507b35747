package nn.interp;

import nn.lang.ast.Expr;
import nn.lang.ast.TrainSpec;

/** {@code train NET on DATA { … }} and the metrics around it. (Being wired.) */
final class TrainFeatures {
    private TrainFeatures() {}

    static void installBuiltins(Interpreter in) { }

    static Value train(Interpreter in, Expr.Train t) {
        if (t.spec() instanceof TrainSpec.Rule) return LogicFeatures.trainWithRule(in, t);
        throw Pending.at(t.span(), "train");
    }
}
