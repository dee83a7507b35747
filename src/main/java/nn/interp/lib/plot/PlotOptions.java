package nn.interp.lib.plot;

import nn.i18n.Messages;

import nn.interp.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.lang.ast.Stmt;
import nn.lang.check.Names;

/**
 * The named options of a plot statement ({@code limit 25}, {@code shape = (28, 28)}), checked against those
 * its kind takes: an unknown or repeated option is an error at the option, with the options it does take.
 */
public final class PlotOptions {
    private final Interpreter in;
    private final Map<String, Stmt.PlotOption> given = new LinkedHashMap<>();

    private PlotOptions(Interpreter in) { this.in = in; }

    public static PlotOptions of(Interpreter in, Stmt.Plot p, List<String> allowed) {
        PlotOptions o = new PlotOptions(in);
        String kind = p.kind().text();
        for (Stmt.PlotOption opt : p.options()) {
            String name = opt.name().text();
            if (!allowed.contains(name)) {
                String hint = Names.suggest(name, allowed);
                throw new RuntimeError(opt.name().span(), Messages.t("plot.no-such-option", kind, name),
                        hint != null ? hint : allowed.isEmpty() ? Messages.t("plot.hint-no-options", kind)
                                : Messages.t("plot.hint-options", String.join(", ", allowed)));
            }
            if (o.given.put(name, opt) != null) throw new RuntimeError(opt.span(), Messages.t("plot.option-twice", name));
        }
        if (p.every() != null)
            throw new RuntimeError(p.every().span(), Messages.t("plot.every-outside-train"), Messages.t("plot.hint-every-outside-train"));
        return o;
    }

    boolean has(String name) { return given.containsKey(name); }

    /** A whole number from {@code min} to {@code max} given as {@code name N}, or {@code fallback}. */
    int whole(String name, int min, int max, int fallback) {
        Stmt.PlotOption o = given.get(name);
        if (o == null) return fallback;
        if (o.value() == null) throw new RuntimeError(o.span(), Messages.t("plot.option-needs-number", name));
        double d = in.number(in.eval(o.value()), o.value().span(), name);
        if (d != Math.rint(d) || d < min || d > max)
            throw new RuntimeError(o.value().span(), Messages.t("plot.option-whole", name, min, max, in.format.number(d)));
        return (int) d;
    }

    /** {@code shape = (h, w)} as {h, w}, or null when not given. */
    int[] shape() {
        Stmt.PlotOption o = given.get("shape");
        if (o == null) return null;
        if (o.point() == null) throw new RuntimeError(o.span(), Messages.t("plot.shape-needs-size"), Messages.t("plot.hint-shape"));
        int[] hw = new int[2];
        var parts = List.of(o.point().x(), o.point().y());
        for (int i = 0; i < 2; i++) {
            String what = i == 0 ? Messages.t("plot.the-height") : Messages.t("plot.the-width");
            double d = in.number(in.eval(parts.get(i)), parts.get(i).span(), what);
            if (d != Math.rint(d) || d < 1 || d > 4096)
                throw new RuntimeError(parts.get(i).span(), Messages.t("plot.size-whole", what, in.format.number(d)));
            hw[i] = (int) d;
        }
        return hw;
    }

    Stmt.PlotOption get(String name) { return given.get(name); }
}
