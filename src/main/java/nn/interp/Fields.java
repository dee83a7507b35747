package nn.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nn.graph.Ops;
import nn.lang.ast.Expr;
import nn.lang.check.Names;
import nn.model.Dense;
import nn.model.History;
import nn.tensor.Matrix;
import nn.interp.lib.graph.GraphFeatures;
import nn.interp.lib.units.UnitValues;

/**
 * The fields of each kind of value ({@code M.T}, {@code W.grad}, {@code net.weights}, {@code d.inputs},
 * {@code h.loss}, …), each declared once with a one-line doc and how it is read. Reading a field, the
 * did-you-mean of a misspelt one, and the REPL's completion after '.' all come from here. Units (whose
 * fields depend on the kind of unit) list theirs in {@link UnitValues}.
 */
public final class Fields {
    private Fields() {}

    /** One field: its name, what it holds, and how it is read from a value of its kind. */
    public record Field(String name, String doc, BiFunction<Interpreter, Value, Value> get) {}

    private static Field field(String name, String doc, BiFunction<Interpreter, Value, Value> get) { return new Field(name, doc, get); }

    private static Matrix matrix(Value v) { return ((Value.Mat) Value.plain(v)).value(); }

    static final List<Field> MATRIX = List.of(
            field("T", "the transpose (stays in the graph for a parameter)", (in, v) -> v instanceof Value.Tracked t
                    ? GraphFeatures.result(in, Ops.transpose(t.node())) : new Value.Mat(nn.tensor.MatrixOps.transpose(matrix(v)))),
            field("shape", "[rows, cols]", (in, v) -> new Value.Mat(Matrix.row(matrix(v).rows(), matrix(v).cols()))),
            field("rows", "the number of rows", (in, v) -> new Value.Num(matrix(v).rows())),
            field("cols", "the number of columns", (in, v) -> new Value.Num(matrix(v).cols())));

    static final List<Field> TRACKED = concat(List.of(
            field("grad", "∂E/∂W from the latest backward that reached it", (in, v) -> {
                Matrix g = ((Value.Tracked) v).node().grad();
                if (g == null)
                    throw new RuntimeError("no gradient yet: backward has not reached this value", "run backward on a loss computed from it first");
                return new Value.Mat(g);
            })), MATRIX);

    private static nn.model.Network net(Value v) { return ((Value.NetworkV) v).network(); }

    static final List<Field> NETWORK = List.of(
            field("weights", "each layer's weight matrix (parameters)", (in, v) -> new Value.ListV(
                    net(v).layers().stream().map(l -> GraphFeatures.tracked(in, l.weights())).toList())),
            field("biases", "each layer's bias row (parameters)", (in, v) -> new Value.ListV(net(v).layers().stream()
                    .filter(Dense::hasBias).map(l -> GraphFeatures.tracked(in, l.bias())).toList())),
            field("layers", "the layers, in order", (in, v) -> new Value.ListV(
                    net(v).layers().stream().map(l -> (Value) new Value.LayerV(l)).toList())),
            field("params", "every parameter: weights and biases", (in, v) -> new Value.ListV(
                    net(v).params().stream().map(p -> GraphFeatures.tracked(in, p)).toList())),
            field("inputs", "how many inputs a row has", (in, v) -> new Value.Num(net(v).inputSize())),
            field("outputs", "how many outputs a row gives", (in, v) -> new Value.Num(net(v).outputSize())));

    private static Dense layer(Value v) { return ((Value.LayerV) v).layer(); }

    private static Value bias(Interpreter in, Value v) {
        if (!layer(v).hasBias()) throw new RuntimeError("the layer " + layer(v).name() + " has no bias");
        return GraphFeatures.tracked(in, layer(v).bias());
    }

    static final List<Field> LAYER = List.of(
            field("weights", "the weight matrix, inputs × units (a parameter; W for short)", (in, v) -> GraphFeatures.tracked(in, layer(v).weights())),
            field("W", "the weight matrix (as weights)", (in, v) -> GraphFeatures.tracked(in, layer(v).weights())),
            field("bias", "the bias row (a parameter; b for short)", Fields::bias),
            field("b", "the bias row (as bias)", Fields::bias),
            field("units", "how many units", (in, v) -> new Value.Num(layer(v).units())),
            field("activation", "the activation's name", (in, v) -> new Value.Str(layer(v).activation().word())));

    private static nn.data.Dataset data(Value v) { return ((Value.DatasetV) v).dataset(); }

    static final List<Field> DATASET = List.of(
            field("inputs", "the input rows, one example a row", (in, v) -> new Value.Mat(data(v).inputs())),
            field("targets", "the target rows", (in, v) -> new Value.Mat(data(v).targets())),
            field("size", "the number of examples", (in, v) -> new Value.Num(data(v).size())),
            field("features", "the number of inputs an example has", (in, v) -> new Value.Num(data(v).features())),
            field("classes", "the number of classes (0 for numeric targets)", (in, v) -> new Value.Num(data(v).classes())),
            field("labels", "the class names", (in, v) -> {
                List<Value> labels = new ArrayList<>();
                for (int c = 0; c < data(v).classes(); c++) labels.add(new Value.Str(data(v).classLabel(c)));
                return new Value.ListV(labels);
            }),
            field("name", "the dataset's name", (in, v) -> new Value.Str(data(v).name())));

    private static History history(Value v) { return ((Value.HistoryV) v).history(); }

    static final List<Field> HISTORY = List.of(
            field("loss", "the loss of every epoch (a row)", (in, v) -> new Value.Mat(new Matrix(1, history(v).epochs(), history(v).losses()))),
            field("accuracy", "the accuracy of every epoch (a row)", (in, v) -> new Value.Mat(new Matrix(1, history(v).epochs(), history(v).accuracies()))),
            field("epochs", "how many epochs ran", (in, v) -> new Value.Num(history(v).epochs())),
            field("final_loss", "the last epoch's loss", (in, v) -> new Value.Num(history(v).lastLoss())),
            field("final_accuracy", "the last epoch's accuracy", (in, v) -> new Value.Num(history(v).lastAccuracy())));

    static final List<Field> CONFUSION = List.of(
            field("matrix", "the counts: row i, column j is class i predicted as j", (in, v) -> new Value.Mat(((Value.ConfusionV) v).counts())),
            field("counts", "the counts (as matrix)", (in, v) -> new Value.Mat(((Value.ConfusionV) v).counts())),
            field("labels", "the class names", (in, v) -> new Value.ListV(((Value.ConfusionV) v).labels().stream()
                    .map(l -> (Value) new Value.Str(l)).toList())));

    private static List<Field> concat(List<Field> a, List<Field> b) {
        List<Field> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    /** The fields a value has (empty for values without fields). */
    public static List<Field> of(Value v) {
        return switch (v) {
            case Value.Mat m -> MATRIX;
            case Value.Tracked t -> TRACKED;
            case Value.NetworkV n -> NETWORK;
            case Value.LayerV l -> LAYER;
            case Value.DatasetV d -> DATASET;
            case Value.HistoryV h -> HISTORY;
            case Value.ConfusionV c -> CONFUSION;
            default -> List.of();
        };
    }

    /** The names after '.' that mean something on {@code v}: its fields, a network's layer names, a unit's fields. */
    public static List<String> names(Value v) {
        List<String> out = new ArrayList<>();
        for (Field f : of(v)) out.add(f.name());
        if (v instanceof Value.NetworkV n) n.network().layers().forEach(l -> out.add(l.name()));
        if (v instanceof Value.UnitV u) out.addAll(UnitValues.fieldNames(u.unit()));
        return out;
    }

    /** {@code target.name}, or an error with the closest field name (or the list of them). */
    static Value get(Interpreter in, Value target, Expr.Member m) {
        if (target instanceof Value.UnitV u) return UnitValues.member(u.unit(), m);
        for (Field f : of(target))
            if (f.name().equals(m.name())) {
                try {
                    return f.get().apply(in, target);
                } catch (RuntimeError e) {
                    throw e.at(m.span());
                }
            }
        if (target instanceof Value.NetworkV n)
            for (Dense l : n.network().layers()) if (l.name().equals(m.name())) return new Value.LayerV(l);
        List<String> known = names(target);
        String what = switch (target) {
            case Value.Mat mat -> "a matrix";
            case Value.NetworkV n -> "the network " + n.network().name();
            case Value.LayerV l -> "a layer";
            case Value.DatasetV d -> "a dataset";
            case Value.HistoryV h -> "a training history";
            case Value.ConfusionV c -> "a confusion matrix";
            default -> target.describe();
        };
        String hint;
        if (m.name().equals("grad") && (target instanceof Value.Mat || target instanceof Value.Num)) hint = NO_GRADIENT_HINT;
        else if (known.isEmpty()) hint = null;
        else {
            String near = Names.suggest(m.name(), known);
            hint = near != null ? near : "its fields are " + String.join(", ", known);
        }
        throw new RuntimeError(m.span(), what + " has no field " + (target instanceof Value.NetworkV ? "or layer " : "") + "'" + m.name() + "'", hint);
    }

    // Students reach for .grad on weights they forgot to wrap in param(...): say why there is none.
    private static final String NO_GRADIENT_HINT =
            "only parameters and values computed from them have gradients; make it trainable with param(...)";
}
