package nn.interp.lib.networks;

import nn.i18n.Messages;
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
            default -> throw new RuntimeError(at, Messages.t("networks.expected-activation", v.describe()));
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
            default -> throw new RuntimeError(at, Messages.t("networks.bad-init", v.describe()));
        };
        if (v instanceof Value.InitV i) return i.init();
        Init named = Init.named(word);
        if (named != null) return named;
        if (word.equals("normal")) return new Init.Normal(0.01);
        if (word.equals("uniform")) return new Init.Uniform(-0.1, 0.1);
        throw new RuntimeError(at, Messages.t("networks.unknown-init", word),
                Names.suggest(word, List.of("he", "xavier", "zeros", "normal", "uniform")));
    }

    /** {@code dtype float32}: the number format of networks declared after it (the checker has vetted the word). */
    public static void dtypeStatement(Interpreter in, Stmt.Dtype d) {
        in.dtype = dtypeOf(d.dtype());
        in.dtypeAt = in.dtype == DType.FLOAT64 ? null : d.span();
    }

    public static DType dtypeOf(nn.lang.ast.Ident word) {
        DType d = DType.parse(word.text());
        if (d == null) throw new RuntimeError(word.span(), Messages.t("networks.unknown-dtype", word.text()));
        return d;
    }

    /** Threshold units, perceptrons and gates compute in float64 only: refused while the script asks for float32. */
    public static void requireFloat64(Interpreter in, Span at, String what) {
        if (in.dtype == DType.FLOAT64) return;
        throw new RuntimeError(at, Messages.t("networks.unit-cannot-be-float32", what, in.dtypeAt.line()),
                Messages.t("networks.unit-cannot-be-float32-hint"));
    }

    public static void networkBlock(Interpreter in, Stmt.NetworkBlock n) {
        if (n.layers().isEmpty() || !(n.layers().get(0) instanceof Stmt.InputLayer input))
            throw new RuntimeError(n.span(), Messages.t("networks.block-needs-input"), Messages.t("networks.block-needs-input-hint", n.name()));
        int inputs = size(in, input.size(), Messages.t("networks.the-input-size"));
        Network.Builder b = Network.builder(n.name().text(), inputs, in.rng);
        List<Runnable> rebinds = new ArrayList<>();
        List<SharedParam> shared = new ArrayList<>();
        Stmt.DtypeLine dtypeLine = null;
        for (Stmt.LayerDecl decl : n.layers().subList(1, n.layers().size())) {
            switch (decl) {
                case Stmt.InputLayer extra -> throw new RuntimeError(extra.span(), Messages.t("networks.second-input"));
                case Stmt.DenseLayer d -> b.add(dense(in, b, d, rebinds, shared));
                case Stmt.DropoutLayer d -> dropout(b, rate(in, d.rate()), d.span());
                case Stmt.DtypeLine d -> {
                    if (dtypeLine != null) throw new RuntimeError(d.span(), Messages.t("networks.dtype-twice", n.name()), Messages.t("networks.dtype-twice-hint"));
                    dtypeLine = d;
                }
            }
        }
        if (b.nextNumber() == 1) throw new RuntimeError(n.span(), Messages.t("networks.no-layers", n.name()), Messages.t("networks.no-layers-hint"));
        nn.lang.ast.Ident dtypeWord = dtypeLine == null ? null : dtypeLine.dtype();
        if ((dtypeWord == null ? in.dtype : dtypeOf(dtypeWord)) == DType.FLOAT32) for (SharedParam p : shared) p.requireFloat32Exact();
        Network net = build(in, b, dtypeWord, n.span());
        rebinds.forEach(Runnable::run);
        in.define(n.name().text(), new Value.NetworkV(net));
    }

    private static Dense dense(Interpreter in, Network.Builder b, Stmt.DenseLayer d, List<Runnable> rebinds, List<SharedParam> shared) {
        int k = b.nextNumber(), units = size(in, d.size(), Messages.t("networks.a-layer-size"));
        Activation act = d.activation() == null ? Activation.LINEAR : parseActivation(d.activation().text(), d.activation().span());
        String layerName = d.name() == null ? "dense" + k : d.name().text();
        in.allocate(b.nextInputs(), units, d.span());
        Init init = d.init() == null ? Init.defaultFor(act) : init(in.eval(d.init()), d.init().span());
        if (d.weights() != null && d.init() != null)
            throw new RuntimeError(d.init().span(), Messages.t("networks.init-and-weights"), Messages.t("networks.init-and-weights-hint"));
        if (d.weights() == null && d.bias() == null)
            return Dense.initialised(layerName, b.nextInputs(), units, act, !d.noBias(), "W" + k, "b" + k, init, in.rng);
        Node w = d.weights() == null
                ? Dense.initialised(layerName, b.nextInputs(), units, act, false, "W" + k, null, init, in.rng).weights()
                : given(in, d.weights(), "W" + k, b.nextInputs(), units, true, rebinds, shared);
        Node bias = d.noBias() ? null : d.bias() == null ? Node.param(Matrix.zeros(1, units), "b" + k)
                : given(in, d.bias(), "b" + k, 1, units, false, rebinds, shared);
        return new Dense(layerName, act, w, bias);
    }

    /** Weights or a bias written in the block; a variable named there is rebound to the trainable parameter. */
    private static Node given(Interpreter in, Expr e, String fallback, int rows, int cols, boolean weights, List<Runnable> rebinds,
                              List<SharedParam> shared) {
        Value v = in.eval(e);
        if (v instanceof Value.Tracked t && t.node().isParam()) {
            shared.add(new SharedParam(t.node(), e, weights));
            return t.node();
        }
        Matrix m = in.matrixOf(Value.plain(v), e.span(), weights ? Messages.t("networks.the-weights") : Messages.t("networks.the-bias"));
        if (m.rows() != rows || m.cols() != cols)
            throw new RuntimeError(e.span(), weights ? Messages.t("networks.weights-shape", rows + "×" + cols, m.shape())
                    : Messages.t("networks.bias-shape", rows + "×" + cols, m.shape()));
        String label = e instanceof Expr.Name n ? n.name() : fallback;
        Node p = Node.param(m, label);
        if (e instanceof Expr.Name n) rebinds.add(() -> in.define(n.name(), GraphFeatures.tracked(in, p)));
        return p;
    }

    /**
     * A parameter that a network block took from a variable which already held one (another network's, or
     * {@code param(…)}'s): the new network shares it. A float32 network rounds its parameters in place, so it
     * may not take one whose values float32 cannot hold exactly: that would change them for every holder,
     * float64 networks included, without a word.
     */
    private record SharedParam(Node node, Expr source, boolean weights) {
        void requireFloat32Exact() {
            for (double v : node.value().data()) {
                if ((double) (float) v == v || Double.isNaN(v)) continue;
                String name = source instanceof Expr.Name n ? n.name() : node.label() != null ? node.label()
                        : Messages.t(weights ? "networks.the-weights" : "networks.the-bias");
                throw new RuntimeError(source.span(), Messages.t("networks.float32-shared-param", name, nn.tensor.Decimals.number(v, 15),
                        Float.isInfinite((float) v) ? "inf" : nn.tensor.Decimals.number((float) v, 15)),
                        source instanceof Expr.Name ? Messages.t("networks.float32-shared-param-hint", name, weights ? "weights" : "bias")
                                : Messages.t("networks.float32-shared-param-hint-expr"));
            }
        }
    }

    public static void networkChain(Interpreter in, Stmt.NetworkChain n) {
        int inputs = size(in, n.stages().get(0), Messages.t("networks.the-input-size"));
        Network.Builder b = Network.builder(n.name().text(), inputs, in.rng);
        for (Expr stage : n.stages().subList(1, n.stages().size())) {
            Value v = in.eval(stage);
            if (v instanceof Value.DropoutSpec d) {
                dropout(b, d.rate(), stage.span());
                continue;
            }
            if (!(v instanceof Value.LayerSpec spec))
                throw new RuntimeError(stage.span(), Messages.t("networks.stage-not-a-layer", v.describe()));
            in.allocate(b.nextInputs(), spec.units(), stage.span());
            b.dense(spec.units(), spec.activation(), spec.bias(), spec.init() == null ? Init.defaultFor(spec.activation()) : spec.init());
        }
        in.define(n.name().text(), new Value.NetworkV(build(in, b, n.dtype(), n.span())));
    }

    private static void dropout(Network.Builder b, double rate, Span at) {
        if (b.nextNumber() == 1)
            throw new RuntimeError(at, Messages.t("networks.dropout-first"), Messages.t("networks.dropout-first-hint"));
        try {
            b.dropout(rate);
        } catch (ModelException e) {
            throw new RuntimeError(at, e.getMessage(), Messages.t("networks.dropout-twice-hint"));
        }
    }

    private static double rate(Interpreter in, Expr e) {
        double r = in.number(in.eval(e), e.span(), Messages.t("networks.the-dropout-rate"));
        if (!(r >= 0 && r < 1))
            throw new RuntimeError(e.span(), Messages.t("networks.bad-dropout-rate", in.format.number(r)),
                    Messages.t("networks.bad-dropout-rate-hint"));
        return r;
    }

    /** Builds in the declared dtype, or the script's; a refusal points at the dtype that asked for float32. */
    private static Network build(Interpreter in, Network.Builder b, nn.lang.ast.Ident dtype, Span at) {
        DType d = dtype == null ? in.dtype : dtypeOf(dtype);
        try {
            return b.dtype(d).build();
        } catch (ModelException e) {
            if (d == DType.FLOAT32 && dtype != null) throw new RuntimeError(dtype.span(), e.getMessage(), Messages.t("networks.leave-out-float32"));
            if (d == DType.FLOAT32) throw new RuntimeError(at, Messages.t("networks.script-asked-float32", e.getMessage(), in.dtypeAt.line()),
                    Messages.t("networks.script-asked-float32-hint"));
            throw new RuntimeError(at, e.getMessage());
        }
    }

    private static int size(Interpreter in, Expr e, String what) {
        double d = in.number(in.eval(e), e.span(), what);
        if (d != Math.rint(d) || d < 1) throw new RuntimeError(e.span(), Messages.t("networks.size-not-positive", what, in.format.number(d)));
        return (int) d;
    }

    /** net(x): the forward pass on a row or a batch of rows; hidden outputs are named h (or h1, h2, …) in traces. */
    public static Value call(Interpreter in, Network net, List<Args.Given> given, Span at) {
        if (given.size() != 1 || given.get(0).name() != null)
            throw new RuntimeError(at, Messages.t("networks.call-one-argument", net.inputSize()));
        Value arg = given.get(0).value();
        Node x = GraphFeatures.node(in, arg, given.get(0).source());  // net(X) traces its input as X
        if (x.label() == null && !(arg instanceof Value.Tracked)) x.setLabel("x");
        if (x.value().cols() != net.inputSize())
            throw new RuntimeError(given.get(0).span(), Messages.t("networks.call-input-size", net.name(), net.inputSize(), x.value().shape()),
                    Messages.t("networks.call-input-size-hint", net.inputSize()));
        nn.interp.lib.metrics.InputScale.checkCall(in, net, x.value(), given.get(0).span());
        if (net.dtype() == DType.FLOAT32) {
            if (in.trace.active())
                throw new RuntimeError(at, Messages.t("networks.trace-float32", net.name()), Messages.t("networks.trace-float32-hint"));
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
        Matrix v = in.matrixOf(Value.plain(value), m.span(), Messages.t("networks.the-new", m.name()));
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
            throw new RuntimeError(m.span(), Messages.t("networks.cannot-set-field", m.name()), Messages.t("networks.cannot-set-field-hint"));
        Node target = t.node();
        if (!v.sameShape(target.value()))
            throw new RuntimeError(m.span(), Messages.t("networks.layer-member-shape", m.name(), layer.name(), target.value().shape(), v.shape()));
        target.assign(v);
        in.updates++;
    }
}
