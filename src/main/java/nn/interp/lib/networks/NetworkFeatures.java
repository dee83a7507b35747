package nn.interp.lib.networks;

import nn.interp.lib.Args;
import java.util.ArrayList;
import java.util.List;
import nn.graph.Node;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.lang.check.Names;
import nn.lang.source.Span;
import nn.model.Activation;
import nn.model.Dense;
import nn.model.Init;
import nn.model.ModelException;
import nn.model.DType;
import nn.model.Network;
import nn.tensor.Matrix;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.interp.lib.graph.GraphFeatures;
import nn.interp.Fields;
import nn.interp.lib.Field;

/** Networks in the language: {@code network NAME { … }}, {@code network NAME = 2 -> dense(…) -> …}, calls and fields. */
public final class NetworkFeatures {
    private NetworkFeatures() {}

    /** An activation given as a builtin (sigmoid) or a string ("sigmoid"). */
    public static Activation activation(Value v, Span at) {
        String word = switch (v) {
            case Value.Builtin b -> b.name();
            case Value.Str s -> s.value();
            default -> throw new RuntimeError(at, "expected an activation (step, sigmoid, tanh, relu, leaky_relu, elu, softplus, gelu, linear, softmax), got " + v.describe());
        };
        return parseActivation(word, at);
    }

    static Activation parseActivation(String word, Span at) {
        try {
            return Activation.parse(word);
        } catch (ModelException e) {
            throw new RuntimeError(at, e.getMessage(), Names.suggest(word, java.util.Arrays.stream(Activation.values()).map(Activation::word).toList()));
        }
    }

    /** An initialiser given as a value (normal(std = 0.01)), a builtin's name (he, xavier, zeros) or a string ("he"). */
    public static Init init(Value v, Span at) {
        String word = switch (v) {
            case Value.InitV i -> { yield null; }
            case Value.Builtin b -> b.name();
            case Value.Str s -> s.value();
            default -> throw new RuntimeError(at, "init must be he, xavier, zeros, normal(std = 0.01) or uniform(-0.1, 0.1), got " + v.describe());
        };
        if (v instanceof Value.InitV i) return i.init();
        Init named = Init.named(word);
        if (named != null) return named;
        if (word.equals("normal")) return new Init.Normal(0.01);
        if (word.equals("uniform")) return new Init.Uniform(-0.1, 0.1);
        throw new RuntimeError(at, "unknown initialiser '" + word + "'; expected he, xavier, zeros, normal(std = 0.01) or uniform(-0.1, 0.1)",
                Names.suggest(word, List.of("he", "xavier", "zeros", "normal", "uniform")));
    }

    /** {@code dtype float32}: the number format of networks declared after it (the checker has vetted the word). */
    public static void dtypeStatement(Interpreter in, Stmt.Dtype d) {
        in.dtype = dtypeOf(d.dtype());
        in.dtypeAt = in.dtype == DType.FLOAT64 ? null : d.span();
    }

    public static DType dtypeOf(nn.lang.ast.Ident word) {
        DType d = DType.parse(word.text());
        if (d == null) throw new RuntimeError(word.span(), "unknown dtype '" + word.text() + "'; expected float64 or float32");
        return d;
    }

    /** Threshold units, perceptrons and gates compute in float64 only: refused while the script asks for float32. */
    public static void requireFloat64(Interpreter in, Span at, String what) {
        if (in.dtype == DType.FLOAT64) return;
        throw new RuntimeError(at, what + " cannot be float32: threshold units fire on exact sums, so they compute in float64"
                + " (the script asked for float32 at line " + in.dtypeAt.line() + ")",
                "put 'dtype float64' before it, and 'dtype float32' again after it for the networks that follow");
    }

    public static void networkBlock(Interpreter in, Stmt.NetworkBlock n) {
        if (n.layers().isEmpty() || !(n.layers().get(0) instanceof Stmt.InputLayer input))
            throw new RuntimeError(n.span(), "a network starts with its input size", "write: network " + n.name() + " { input 2 … }");
        int inputs = size(in, input.size(), "the input size");
        Network.Builder b = Network.builder(n.name().text(), inputs, in.rng);
        List<Runnable> rebinds = new ArrayList<>();
        Stmt.DtypeLine dtypeLine = null;
        for (Stmt.LayerDecl decl : n.layers().subList(1, n.layers().size())) {
            switch (decl) {
                case Stmt.InputLayer extra -> throw new RuntimeError(extra.span(), "a network has one input line, at the top");
                case Stmt.DenseLayer d -> b.add(dense(in, b, d, rebinds));
                case Stmt.DropoutLayer d -> dropout(b, rate(in, d.rate()), d.span());
                case Stmt.DtypeLine d -> {
                    if (dtypeLine != null) throw new RuntimeError(d.span(), "'dtype' is given twice in the network " + n.name());
                    dtypeLine = d;
                }
            }
        }
        if (b.nextNumber() == 1) throw new RuntimeError(n.span(), "the network " + n.name() + " has no layers", "add a line like: dense 2 sigmoid");
        Network net = build(in, b, dtypeLine == null ? null : dtypeLine.dtype(), n.span());
        rebinds.forEach(Runnable::run);
        in.define(n.name().text(), new Value.NetworkV(net));
    }

    private static Dense dense(Interpreter in, Network.Builder b, Stmt.DenseLayer d, List<Runnable> rebinds) {
        int k = b.nextNumber(), units = size(in, d.size(), "a layer's size");
        Activation act = d.activation() == null ? Activation.LINEAR : parseActivation(d.activation().text(), d.activation().span());
        String layerName = d.name() == null ? "dense" + k : d.name().text();
        in.allocate(b.nextInputs(), units, d.span());
        Init init = d.init() == null ? Init.defaultFor(act) : init(in.eval(d.init()), d.init().span());
        if (d.weights() != null && d.init() != null)
            throw new RuntimeError(d.init().span(), "this layer's weights are given, so they are not initialised", "leave out init, or the weights");
        if (d.weights() == null && d.bias() == null)
            return Dense.initialised(layerName, b.nextInputs(), units, act, !d.noBias(), "W" + k, "b" + k, init, in.rng);
        Node w = d.weights() == null
                ? Dense.initialised(layerName, b.nextInputs(), units, act, false, "W" + k, null, init, in.rng).weights()
                : given(in, d.weights(), "W" + k, b.nextInputs(), units, "weights", rebinds);
        Node bias = d.noBias() ? null : d.bias() == null ? Node.param(Matrix.zeros(1, units), "b" + k)
                : given(in, d.bias(), "b" + k, 1, units, "bias", rebinds);
        return new Dense(layerName, act, w, bias);
    }

    /** Weights or a bias written in the block; a variable named there is rebound to the trainable parameter. */
    private static Node given(Interpreter in, Expr e, String fallback, int rows, int cols, String what, List<Runnable> rebinds) {
        Value v = in.eval(e);
        if (v instanceof Value.Tracked t && t.node().isParam()) return t.node();
        Matrix m = in.matrixOf(Value.plain(v), e.span(), "the " + what);
        if (m.rows() != rows || m.cols() != cols)
            throw new RuntimeError(e.span(), "the " + what + " must be " + rows + "×" + cols + " here, got a " + m.shape() + " matrix");
        String label = e instanceof Expr.Name n ? n.name() : fallback;
        Node p = Node.param(m, label);
        if (e instanceof Expr.Name n) rebinds.add(() -> in.define(n.name(), GraphFeatures.tracked(in, p)));
        return p;
    }

    public static void networkChain(Interpreter in, Stmt.NetworkChain n) {
        int inputs = size(in, n.stages().get(0), "the input size");
        Network.Builder b = Network.builder(n.name().text(), inputs, in.rng);
        for (Expr stage : n.stages().subList(1, n.stages().size())) {
            Value v = in.eval(stage);
            if (v instanceof Value.DropoutSpec d) {
                dropout(b, d.rate(), stage.span());
                continue;
            }
            if (!(v instanceof Value.LayerSpec spec))
                throw new RuntimeError(stage.span(), "each stage after the input must be a layer like dense(2, sigmoid) or dropout(0.2), got "
                        + v.describe());
            in.allocate(b.nextInputs(), spec.units(), stage.span());
            b.dense(spec.units(), spec.activation(), spec.bias(), spec.init() == null ? Init.defaultFor(spec.activation()) : spec.init());
        }
        in.define(n.name().text(), new Value.NetworkV(build(in, b, n.dtype(), n.span())));
    }

    private static void dropout(Network.Builder b, double rate, Span at) {
        if (b.nextNumber() == 1)
            throw new RuntimeError(at, "dropout follows a layer: it drops that layer's outputs in training",
                    "put it after a dense layer: 2 -> dense(8, relu) -> dropout(0.2) -> dense(1, sigmoid)");
        try {
            b.dropout(rate);
        } catch (ModelException e) {
            throw new RuntimeError(at, e.getMessage(), "one dropout per layer is enough: keep the one with the rate you want");
        }
    }

    private static double rate(Interpreter in, Expr e) {
        double r = in.number(in.eval(e), e.span(), "the dropout rate");
        if (!(r >= 0 && r < 1))
            throw new RuntimeError(e.span(), "a dropout rate must be in [0, 1), got " + in.format.number(r),
                    "it is the fraction of outputs dropped: 0.2 drops one in five; 0 drops none");
        return r;
    }

    /** Builds in the declared dtype, or the script's; a refusal points at the dtype that asked for float32. */
    private static Network build(Interpreter in, Network.Builder b, nn.lang.ast.Ident dtype, Span at) {
        DType d = dtype == null ? in.dtype : dtypeOf(dtype);
        try {
            return b.dtype(d).build();
        } catch (ModelException e) {
            if (d == DType.FLOAT32 && dtype != null) throw new RuntimeError(dtype.span(), e.getMessage(), "leave out dtype float32");
            if (d == DType.FLOAT32) throw new RuntimeError(at, e.getMessage() + " (the script asked for float32 at line " + in.dtypeAt.line() + ")",
                    "put 'dtype float64' before this network");
            throw new RuntimeError(at, e.getMessage());
        }
    }

    private static int size(Interpreter in, Expr e, String what) {
        double d = in.number(in.eval(e), e.span(), what);
        if (d != Math.rint(d) || d < 1) throw new RuntimeError(e.span(), what + " must be a whole number of at least 1, got " + in.format.number(d));
        return (int) d;
    }

    /** net(x): the forward pass on a row or a batch of rows; hidden outputs are named h (or h1, h2, …) in traces. */
    public static Value call(Interpreter in, Network net, List<Args.Given> given, Span at) {
        if (given.size() != 1 || given.get(0).name() != null)
            throw new RuntimeError(at, "a network takes one argument: a row of " + net.inputSize() + " inputs or a batch of rows");
        Value arg = given.get(0).value();
        Node x = GraphFeatures.node(in, arg, given.get(0).source());  // net(X) traces its input as X
        if (x.label() == null && !(arg instanceof Value.Tracked)) x.setLabel("x");
        if (x.value().cols() != net.inputSize())
            throw new RuntimeError(given.get(0).span(), "the network " + net.name() + " takes rows of " + net.inputSize()
                    + " inputs, got a " + x.value().shape() + " matrix",
                    "give it one row of " + net.inputSize() + " numbers, or a batch: a matrix with " + net.inputSize() + " columns");
        nn.interp.lib.metrics.InputScale.checkCall(in, net, x.value(), given.get(0).span());
        if (net.dtype() == DType.FLOAT32) {
            if (in.trace.active())
                throw new RuntimeError(at, "cannot trace the float32 network " + net.name() + ": a trace prints float64 arithmetic step by step",
                        "declare it without dtype float32 to trace it, or trace off around this call");
            return GraphFeatures.tracked(in, net.forward(x));
        }
        Node out = x;
        List<Dense> layers = net.layers();
        for (int k = 0; k < layers.size(); k++) {
            out = layers.get(k).forward(out, in.trace::record);
            if (k < layers.size() - 1 && out.label() == null && out != x)
                out.setLabel(layers.size() == 2 ? "h" : "h" + (k + 1));
        }
        return out.requiresGrad() ? GraphFeatures.tracked(in, out) : new Value.Mat(out.value());
    }

    /** net.dense1.weights = M (or .bias): new values for a layer's parameter, same shape. A field that reads a parameter is settable. */
    public static void setLayerMember(Interpreter in, Dense layer, Expr.Member m, Value value) {
        Matrix v = in.matrixOf(Value.plain(value), m.span(), "the new " + m.name());
        Value.LayerV holder = new Value.LayerV(layer);
        Value current = null;
        for (Field f : Fields.of(holder)) {
            if (!f.name().equals(m.name())) continue;
            try {
                current = f.get().apply(in, holder);
            } catch (RuntimeError e) {
                throw e.at(m.span());
            }
        }
        if (!(current instanceof Value.Tracked t && t.node().isParam()))
            throw new RuntimeError(m.span(), "cannot set the field '" + m.name() + "' of a layer", "set weights or bias");
        Node target = t.node();
        if (!v.sameShape(target.value()))
            throw new RuntimeError(m.span(), "the " + m.name() + " of " + layer.name() + " are " + target.value().shape()
                    + ", got a " + v.shape() + " matrix");
        target.assign(v);
        in.updates++;
    }
}
