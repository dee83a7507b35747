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
import nn.model.ModelException;
import nn.model.DType;
import nn.model.Network;
import nn.tensor.Matrix;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.interp.lib.graph.GraphFeatures;

/** Networks in the language: {@code network NAME { … }}, {@code network NAME = 2 -> dense(…) -> …}, calls and fields. */
public final class NetworkFeatures {
    private NetworkFeatures() {}

    /** An activation given as a builtin (sigmoid) or a string ("sigmoid"). */
    public static Activation activation(Value v, Span at) {
        String word = switch (v) {
            case Value.Builtin b -> b.name();
            case Value.Str s -> s.value();
            default -> throw new RuntimeError(at, "expected an activation (step, sigmoid, tanh, relu, linear, softmax), got " + v.describe());
        };
        return parseActivation(word, at);
    }

    static Activation parseActivation(String word, Span at) {
        try {
            return Activation.parse(word);
        } catch (ModelException e) {
            throw new RuntimeError(at, e.getMessage(), Names.suggest(word, List.of("step", "sigmoid", "tanh", "relu", "linear", "softmax")));
        }
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
        if (d.weights() == null && d.bias() == null)
            return Dense.initialised(layerName, b.nextInputs(), units, act, !d.noBias(), "W" + k, "b" + k, in.rng);
        Node w = d.weights() == null
                ? Dense.initialised(layerName, b.nextInputs(), units, act, false, "W" + k, null, in.rng).weights()
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
            if (!(v instanceof Value.LayerSpec spec))
                throw new RuntimeError(stage.span(), "each stage after the input must be a layer like dense(2, sigmoid), got " + v.describe());
            in.allocate(b.nextInputs(), spec.units(), stage.span());
            b.dense(spec.units(), spec.activation(), spec.bias());
        }
        in.define(n.name().text(), new Value.NetworkV(build(in, b, n.dtype(), n.span())));
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

    /** net.dense1.weights = M (or .bias): new values for a layer's parameter, same shape. */
    public static void setLayerMember(Interpreter in, Dense layer, Expr.Member m, Value value) {
        Matrix v = in.matrixOf(Value.plain(value), m.span(), "the new " + m.name());
        Node target = switch (m.name()) {
            case "weights", "W" -> layer.weights();
            case "bias", "b" -> {
                if (!layer.hasBias()) throw new RuntimeError(m.span(), "the layer " + layer.name() + " has no bias");
                yield layer.bias();
            }
            default -> throw new RuntimeError(m.span(), "cannot set the field '" + m.name() + "' of a layer", "set weights or bias");
        };
        if (!v.sameShape(target.value()))
            throw new RuntimeError(m.span(), "the " + m.name() + " of " + layer.name() + " are " + target.value().shape()
                    + ", got a " + v.shape() + " matrix");
        target.assign(v);
        in.updates++;
    }
}
