package nn.interp;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;
import nn.interp.lib.Registry;
import nn.lang.ast.Expr;
import nn.lang.check.Names;
import nn.model.Dense;
import nn.model.logic.LinearUnit;
import nn.model.logic.Perceptron;
import nn.model.logic.ThresholdNetwork;
import nn.model.logic.ThresholdUnit;

/**
 * Reading fields ({@code M.T}, {@code W.grad}, {@code net.weights}, {@code d.inputs}, {@code h.loss}, …):
 * which kinds of value a value is ({@link Holder}), and so which of the fields its lecture areas declare
 * ({@link Registry#fields}) it has. Reading a field, the did-you-mean of a misspelt one, and the REPL's
 * completion after '.' all come from here.
 */
public final class Fields {
    private Fields() {}

    /** The kinds {@code v} is, most specific first: a parameter is also a matrix; a perceptron is also a unit. */
    static List<Holder> holders(Value v) {
        return switch (v) {
            case Value.Mat m -> List.of(Holder.MATRIX);
            case Value.Tracked t -> List.of(Holder.PARAMETER, Holder.MATRIX);
            case Value.NetworkV n -> List.of(Holder.NETWORK);
            case Value.LayerV l -> List.of(Holder.LAYER);
            case Value.DatasetV d -> List.of(Holder.DATASET);
            case Value.HistoryV h -> List.of(Holder.HISTORY);
            case Value.ConfusionV c -> List.of(Holder.CONFUSION);
            case Value.UnitV u -> List.of(Holder.UNIT, switch (u.unit()) {
                case ThresholdUnit t -> Holder.THRESHOLD_UNIT;
                case Perceptron p -> Holder.PERCEPTRON;
                case LinearUnit l -> Holder.LINEAR_UNIT;
                case ThresholdNetwork n -> Holder.THRESHOLD_NETWORK;
            });
            default -> List.of();
        };
    }

    /** The fields a value has (empty for values without fields). */
    public static List<Field> of(Value v) {
        List<Field> out = new ArrayList<>();
        for (Holder h : holders(v))
            for (Field f : Registry.standard().fields(h)) if (f.has().test(v)) out.add(f);
        return out;
    }

    /** The names after '.' that mean something on {@code v}: its fields and a network's layer names. */
    public static List<String> names(Value v) {
        List<String> out = new ArrayList<>();
        for (Field f : of(v)) out.add(f.name());
        if (v instanceof Value.NetworkV n) n.network().layers().forEach(l -> out.add(l.name()));
        return out;
    }

    /**
     * {@code target.name} called as {@code target.name(args)}: a field that holds something callable, else an
     * error written as a Python or PyTorch user needs it: a field is read without parentheses ({@code x.shape});
     * a builtin's name is called with the value first ({@code mean(x)}, {@code append(xs, 3)}); {@code opt.step()}
     * and {@code net.fit(…)} are nn's {@code step} statement and train block.
     */
    static Value getToCall(Interpreter in, Value target, Expr.Member m, Expr.Call call) {
        String name = m.name(), subject = m.target().span().text();
        List<String> args = new ArrayList<>();
        for (Expr.Arg a : call.args()) args.add(a.span().text());
        if (names(target).contains(name)) {
            Value field = get(in, target, m);
            boolean callable = field instanceof Value.Fn || field instanceof Value.Builtin || field instanceof Value.NetworkV
                    || field instanceof Value.UnitV || field instanceof Value.LayerV;
            if (!callable)
                throw new RuntimeError(call.span(), Messages.t("interp.field.not-a-method", name, what(target)),
                        Messages.t("interp.field.not-a-method-hint", subject + "." + name));
            return field;
        }
        String hint = switch (name) {
            case "step" -> target instanceof Value.OptimizerV ? Messages.t("interp.method.step-hint", subject) : null;
            case "zero_grad" -> Messages.t("interp.method.zero-grad-hint");
            case "fit", "train" -> target instanceof Value.NetworkV
                    ? Messages.t("interp.method.fit-hint", subject, args.isEmpty() || args.get(0).contains("=") ? "DATA" : args.get(0),
                            args.stream().filter(a -> a.matches("epochs\\s*=\\s*\\S+")).map(a -> a.replaceFirst("epochs\\s*=\\s*", "")).findFirst().orElse("100"))
                    : null;
            case "forward", "predict" -> target instanceof Value.NetworkV ? Messages.t("interp.method.forward-hint", subject,
                    args.isEmpty() ? "x" : String.join(", ", args)) : null;
            case "save" -> Messages.t("interp.method.save-hint", subject, args.isEmpty() ? "\"" + subject + ".json\"" : args.get(0));
            default -> null;
        };
        if (hint == null && !name.equals("predict") && nn.interp.lib.Registry.standard().get(name) != null) {
            List<String> all = new ArrayList<>();
            all.add(subject);
            all.addAll(args);
            hint = Messages.t("interp.method.function-hint", name, name + "(" + String.join(", ", all) + ")");
        }
        if (hint == null) return get(in, target, m);
        throw new RuntimeError(m.span(), target instanceof Value.NetworkV
                ? Messages.t("interp.field.no-field-or-layer", what(target), Names.quoted(name))
                : Messages.t("interp.field.no-field", what(target), Names.quoted(name)), hint);
    }

    /** How a no-field error names the value: "a matrix", "the network xornet", "the empty list []". */
    private static String what(Value target) {
        return switch (target) {
            case Value.Mat mat -> mat.value().size() == 0 ? Messages.t("interp.field.empty-list") : Messages.t("interp.field.matrix");
            case Value.NetworkV n -> Messages.t("interp.field.network", n.network().name());
            case Value.LayerV l -> Messages.t("interp.field.layer");
            case Value.DatasetV d -> Messages.t("interp.field.dataset");
            case Value.HistoryV h -> Messages.t("interp.field.history");
            case Value.ConfusionV c -> Messages.t("interp.field.confusion");
            case Value.UnitV u -> (u.unit() instanceof nn.model.logic.ThresholdNetwork t ? t.withName("") : u.unit()).indefinite();
            default -> target.describe();
        };
    }

    /** {@code target.name}, or an error with the closest field name (or the list of them). */
    static Value get(Interpreter in, Value target, Expr.Member m) {
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
        String what = what(target);
        String hint;
        if (m.name().equals("grad") && (target instanceof Value.Mat || target instanceof Value.Num)) hint = Messages.t("interp.field.no-gradient-hint");
        else if (known.isEmpty()) hint = null;
        else {
            String near = Names.suggest(m.name(), known);
            hint = near != null ? near : Messages.t("interp.field.its-fields", String.join(", ", known));
        }
        throw new RuntimeError(m.span(), target instanceof Value.NetworkV
                ? Messages.t("interp.field.no-field-or-layer", what, nn.lang.check.Names.quoted(m.name()))
                : Messages.t("interp.field.no-field", what, nn.lang.check.Names.quoted(m.name())), hint);
    }

}
