package nn.interp;

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
        public String describe() { return "a number"; }
    }

    record Bool(boolean value) implements Value {
        public String describe() { return "a bool"; }
    }

    record Str(String value) implements Value {
        public String describe() { return "a string"; }
    }

    /**
     * A matrix; a 1×1 matrix still prints as a matrix ([0.191]) so shapes stay visible. {@code logits}: when softmax made this matrix, the scores it was made from (else null), so
     * {@code cross_entropy(softmax(z), t)} folds the softmax into the loss for plain matrices as the graph
     * does for values computed from parameters.
     */
    record Mat(Matrix value, Matrix logits) implements Value {
        public Mat(Matrix value) { this(value, null); }
        public String describe() { return "a " + value.shape() + " matrix"; }
    }

    /**
     * A matrix that depends on a trainable parameter (or is one): operations on it record graph nodes,
     * so {@code backward} can compute gradients. Prints like a matrix. {@code version} counts the optimizer
     * steps taken before it was computed: a later step makes it stale.
     */
    record Tracked(Node node, long version) implements Value {
        public String describe() {
            return "a " + node.value().shape() + (node.isParam() ? " parameter" : " matrix");
        }
    }

    record NetworkV(Network network) implements Value {
        public String describe() { return "the network " + network.name(); }
    }

    /** One layer of a network, as {@code net.dense1} or {@code net.layers[0]}. */
    record LayerV(Dense layer) implements Value {
        public String describe() { return "the layer " + layer.name(); }
    }

    /** {@code dense(2, sigmoid)}: a layer to be built into a network by {@code network n = 2 -> …}. */
    record LayerSpec(int units, Activation activation, boolean bias) implements Value {
        public String describe() { return "a layer description"; }
    }

    record OptimizerV(Optimizer optimizer) implements Value {
        public String describe() { return "the optimizer " + optimizer.describe(); }
    }

    /** A threshold unit, perceptron, linear unit or compiled gate (lecture part 1). */
    record UnitV(RowModel unit) implements Value {
        public String describe() { return "a unit"; }
    }

    /** A learning rule for single units: perceptron_rule(lr = 1) or hebb(lr = 0.1). */
    record RuleV(nn.model.logic.LearningRule rule, String text) implements Value {
        public String describe() { return "the rule " + text; }
    }

    /**
     * A decision with its evidence, as {@code separable(AND)} returns it: usable as a condition like a
     * bool, and printed as the sentence stating the verdict and its proof.
     */
    record VerdictV(boolean holds, String text) implements Value {
        public String describe() { return "a verdict (true or false)"; }
    }

    record DatasetV(Dataset dataset) implements Value {
        public String describe() { return "a dataset of " + nn.data.Counts.of(dataset.size(), "example"); }
    }

    /** What a {@code train} block did: the loss and accuracy of every epoch, and how it ended. */
    record HistoryV(nn.model.History history) implements Value {
        public String describe() { return "a training history of " + nn.data.Counts.of(history.epochs(), "epoch"); }
    }

    /** confusion(net, data): counts of (actual class, predicted class), with the class labels. */
    record ConfusionV(Matrix counts, List<String> labels) implements Value {
        public String describe() { return "a " + counts.shape() + " confusion matrix"; }
    }

    /** [a, b] whose elements are not all numbers: networks, strings, … */
    record ListV(List<Value> items) implements Value {
        public String describe() { return "a list of " + items.size(); }
    }

    /**
     * A user function; {@code closure} is the scope it was defined in, {@code locals} every name the body
     * defines, computed once when the function is defined.
     */
    record Fn(String name, List<String> params, List<Stmt> body, Environment closure, java.util.Set<String> locals)
            implements Value {
        public String describe() { return "the function " + name; }
    }

    /** A function implemented by the interpreter, as the registry declares it. */
    record Builtin(nn.interp.lib.Builtin def) implements Value {
        public String name() { return def.name(); }
        public String describe() { return "the builtin " + def.name(); }
    }

    /** The result of statements and functions that return nothing; never echoed. */
    enum Nothing implements Value {
        INSTANCE;
        public String describe() { return "nothing"; }
    }
}
