package nn.interp.lib.files;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nn.io.LinkFreeFiles;
import nn.lang.ast.Stmt;
import nn.lang.source.Visible;
import nn.model.logic.LinearUnit;
import nn.model.logic.Perceptron;
import nn.model.logic.ThresholdNetwork;
import nn.model.logic.ThresholdUnit;
import nn.onnx.OnnxLayers;
import nn.onnx.OnnxModel;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * {@code export NET to "net.onnx"}: a network (trained or not), a threshold unit, a perceptron, a linear unit
 * or a threshold network compiled from gates, as an ONNX model any ONNX tool opens (onnxruntime, Netron,
 * PyTorch's and TensorFlow's importers).
 */
public final class OnnxFeatures {
    private OnnxFeatures() {}

    public static void export(Interpreter in, Stmt.Export s) {
        Value v = in.eval(s.value());
        // A unit is named by the variable it was exported from (export AND3 to …), its kind where it has none.
        String variable = s.value() instanceof nn.lang.ast.Expr.Name n ? n.name() : null;
        String what;
        List<OnnxModel.Layer> layers;
        String name;
        switch (v) {
            case Value.NetworkV n -> {
                layers = OnnxLayers.of(n.network());
                name = n.network().name();
                what = "network " + name + ": " + n.network().inputSize() + " inputs → "
                        + String.join(" → ", n.network().layers().stream().map(d -> d.units() + " " + d.activation().word()).toList());
            }
            case Value.UnitV u when u.unit() instanceof ThresholdNetwork t -> {
                layers = OnnxLayers.of(t);
                name = t.name().isEmpty() ? "threshold_network" : t.name();
                what = t.what() + " of " + t.layerCount() + " layers of threshold units";
            }
            case Value.UnitV u when u.unit() instanceof ThresholdUnit t -> {
                layers = OnnxLayers.of(t);
                name = variable != null ? variable : "threshold_unit";
                what = "a threshold unit";
            }
            case Value.UnitV u when u.unit() instanceof Perceptron p -> {
                layers = OnnxLayers.of(p);
                name = variable != null ? variable : "perceptron";
                what = "a perceptron";
            }
            case Value.UnitV u when u.unit() instanceof LinearUnit l -> {
                layers = OnnxLayers.of(l);
                name = variable != null ? variable : "linear_unit";
                what = "a linear unit";
            }
            default -> throw new RuntimeError(s.value().span(), Messages.t("files.export-what", v.describe()), Messages.t("files.export-what-hint"));
        }
        Value f = in.eval(s.file());
        if (!(f instanceof Value.Str file))
            throw new RuntimeError(s.file().span(), Messages.t("files.file-name-not-string", f.describe()), Messages.t("files.export-file-hint"));
        if (!file.value().toLowerCase(Locale.ROOT).endsWith(".onnx"))
            throw new RuntimeError(s.file().span(), Messages.t("files.export-not-onnx", file.value()));
        String bad = OnnxLayers.unrepresentable(layers);
        if (bad != null)
            throw new RuntimeError(s.value().span(), Messages.t("files.export-unrepresentable", bad), Messages.t("files.export-unrepresentable-hint"));
        Path path;
        try {
            path = in.sandbox.forWriting(file.value());
        } catch (RuntimeError e) {
            throw e.at(s.file().span());
        }
        byte[] bytes = OnnxModel.write(name, "nn " + what, layers);
        try {
            // Never through a link on any step of the path (the sandbox checked it; one swapped in since is refused).
            LinkFreeFiles.write(path, out -> out.write(bytes));
        } catch (IOException e) {
            throw new RuntimeError(s.file().span(), Messages.t("files.cannot-write", Visible.name(file.value()), LinkFreeFiles.reason(e)));
        }
        in.output.line(Messages.t("files.exported", name, file.value(), OnnxModel.OPSET), s.span());
    }
}
