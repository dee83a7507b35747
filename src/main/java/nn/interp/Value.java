package nn.interp;

import nn.i18n.Messages;
import java.util.List;
import nn.graph.Node;
import nn.lang.ast.Stmt;
import nn.model.Activation;
import nn.model.Dense;
import nn.model.Network;
import nn.model.Optimizer;
import nn.model.logic.RowModel;
import nn.data.Dataset;
import nn.tensor.Matrix;
import nn.interp.lib.Builtin;

/** Every value a script can hold. Printing lives in {@link Format}; operators in {@link Arith}. */
public sealed interface Value {
    /** The word used for this kind of value in messages ("a number", "a 2×3 matrix"). */
    String describe();

    /**
     * A list whose items are all numbers (losses collected with append) as the 1×n row it stands for
     * wherever a matrix is expected (mean(losses), losses * 2, plot loss losses); null for other values.
     */
    static Matrix numbersAsRow(Value v) {
        if (!(v instanceof ListV l) || l.items().isEmpty()) return null;
        double[] row = new double[l.items().size()];
        for (int i = 0; i < row.length; i++) {
            if (!(l.items().get(i) instanceof Num n)) return null;
            row[i] = n.value();
        }
        return new Matrix(1, row.length, row);
    }

    /** The value with any graph tracking removed (the plain matrix). */
    static Value plain(Value v) {
        return v instanceof Tracked t ? new Mat(t.node().value()) : v;
    }

    record Num(double value) implements Value {
        public String describe() { return Messages.t("interp.value.number"); }
    }

    record Bool(boolean value) implements Value {
        public String describe() { return Messages.t("interp.value.bool"); }
    }

    record Str(String value) implements Value {
        public String describe() { return Messages.t("interp.value.string"); }
    }

    /**
     * A matrix; a 1×1 matrix still prints as a matrix ([0.191]) so shapes stay visible. {@code logits}: when softmax made this matrix, the scores it was made from (else null), so
     * {@code cross_entropy(softmax(z), t)} folds the softmax into the loss for plain matrices as the graph
     * does for values computed from parameters.
     */
    record Mat(Matrix value, Matrix logits) implements Value {
        public Mat(Matrix value) { this(value, null); }
        public String describe() { return Messages.t("interp.value.matrix", value.shape()); }
    }

    /**
     * A matrix that depends on a trainable parameter (or is one): operations on it record graph nodes,
     * so {@code backward} can compute gradients. Prints like a matrix. {@code version} counts the optimizer
     * steps taken before it was computed: a later step makes it stale.
     */
    record Tracked(Node node, long version) implements Value {
        public String describe() {
            return node.isParam() ? Messages.t("interp.value.parameter", node.value().shape()) : Messages.t("interp.value.matrix", node.value().shape());
        }
    }

    record NetworkV(Network network) implements Value {
        public String describe() { return Messages.t("interp.value.network", network.name()); }
    }

    /** One layer of a network, as {@code net.dense1} or {@code net.layers[0]}. */
    record LayerV(Dense layer) implements Value {
        public String describe() { return Messages.t("interp.value.layer", layer.name()); }
    }

    /** {@code dense(2, sigmoid)}: a layer to be built into a network by {@code network n = 2 -> …}. */
    record LayerSpec(int units, Activation activation, boolean bias, nn.model.Init init) implements Value {
        public String describe() { return Messages.t("interp.value.layer-spec"); }
    }

    /** {@code dropout(0.2)}: in a chain, the layer before it drops its outputs at that rate in training. */
    record DropoutSpec(double rate) implements Value {
        public String describe() { return Messages.t("interp.value.dropout", nn.tensor.Decimals.number(rate, 10)); }
    }

    /** {@code normal(std = 0.01)}, {@code he}: how a layer's weights start, for {@code init = …}. */
    record InitV(nn.model.Init init) implements Value {
        public String describe() { return Messages.t("interp.value.initialiser", init.describe()); }
    }

    /** {@code step(every = 100, factor = 0.5)}: how an optimizer's learning rate changes, for {@code schedule = …}. */
    record ScheduleV(nn.model.Schedule schedule) implements Value {
        public String describe() { return Messages.t("interp.value.schedule", schedule.describe()); }
    }

    record OptimizerV(Optimizer optimizer) implements Value {
        public String describe() { return Messages.t("interp.value.optimizer", optimizer.describe()); }
    }

    /** A threshold unit, perceptron, linear unit or compiled gate (lecture part 1). */
    record UnitV(RowModel unit) implements Value {
        public String describe() { return Messages.t("interp.value.unit"); }
    }

    /** A learning rule for single units: perceptron_rule(lr = 1) or hebb(lr = 0.1). */
    record RuleV(nn.model.logic.LearningRule rule, String text) implements Value {
        public String describe() { return Messages.t("interp.value.rule", text); }
    }

    /**
     * A decision with its evidence, as {@code separable(AND)} returns it: usable as a condition like a
     * bool, and printed as the sentence stating the verdict and its proof.
     */
    record VerdictV(boolean holds, String text) implements Value {
        public String describe() { return Messages.t("interp.value.verdict"); }
    }

    record DatasetV(Dataset dataset) implements Value {
        public String describe() { return Messages.t("interp.value.dataset", dataset.size()); }
    }

    /** What a {@code train} block did: the loss and accuracy of every epoch, and how it ended. */
    record HistoryV(nn.model.History history) implements Value {
        public String describe() { return Messages.t("interp.value.history", history.epochs()); }
    }

    /** confusion(net, data): counts of (actual class, predicted class), with the class labels. */
    record ConfusionV(Matrix counts, List<String> labels) implements Value {
        public String describe() { return Messages.t("interp.value.confusion", counts.shape()); }
    }

    /** [a, b] whose elements are not all numbers: networks, strings, … */
    record ListV(List<Value> items) implements Value {
        public String describe() { return Messages.t("interp.value.list", items.size()); }
    }

    /**
     * A user function; {@code closure} is the scope it was defined in, {@code locals} every name the body
     * defines, computed once when the function is defined.
     */
    record Fn(String name, List<String> params, List<Stmt> body, Environment closure, java.util.Set<String> locals)
            implements Value {
        public String describe() { return Messages.t("interp.value.function", name); }
    }

    /** A function implemented by the interpreter, as the registry declares it. */
    record Builtin(nn.interp.lib.Builtin def) implements Value {
        public String name() { return def.name(); }
        public String describe() { return Messages.t("interp.value.builtin", def.name()); }
    }

    /** The result of statements and functions that return nothing; never echoed. */
    enum Nothing implements Value {
        INSTANCE;
        public String describe() { return Messages.t("interp.value.nothing"); }
    }
}
