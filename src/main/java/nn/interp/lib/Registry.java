package nn.interp.lib;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.interp.Format;
import nn.lang.check.Signature;
import nn.interp.lib.data.DataLib;
import nn.interp.lib.text.TextLib;
import nn.interp.lib.files.FileLib;
import nn.interp.lib.graph.GraphLib;
import nn.interp.lib.matrices.MatrixLib;
import nn.interp.lib.metrics.MetricsLib;
import nn.interp.lib.networks.NetworkLib;
import nn.interp.lib.units.UnitLib;

/**
 * Every builtin of the language, each declared once in the file of its lecture area. The interpreter
 * binds them as globals; the checker reads their {@link #signatures}; the REPL's :help and completion
 * and the reference test read {@link #all}; fields of values are declared the same way ({@link #fields}).
 * Adding a builtin or a field is one entry in its area's file.
 */
public final class Registry {
    private static final List<List<Field>> FIELDS = List.of(
            MatrixLib.FIELDS, GraphLib.FIELDS, UnitLib.FIELDS, NetworkLib.FIELDS, DataLib.FIELDS, MetricsLib.FIELDS);

    private static final Registry STANDARD = new Registry(List.of(
            MatrixLib.BUILTINS, GraphLib.BUILTINS, UnitLib.BUILTINS, NetworkLib.BUILTINS,
            DataLib.BUILTINS, MetricsLib.BUILTINS, FileLib.BUILTINS, TextLib.BUILTINS), FIELDS);

    private final Map<String, Builtin> byName = new LinkedHashMap<>();
    private final Map<Holder, List<Field>> fields = new EnumMap<>(Holder.class);

    private Registry(List<List<Builtin>> areas, List<List<Field>> fieldLists) {
        for (List<Builtin> area : areas)
            for (Builtin b : area)
                if (byName.put(b.name(), b) != null) throw new IllegalStateException(Messages.t("internal.builtin-twice", b.name()));
        for (Holder h : Holder.values()) fields.put(h, new ArrayList<>());
        for (List<Field> list : fieldLists)
            for (Field f : list) {
                if (fields.get(f.holder()).stream().anyMatch(g -> g.name().equals(f.name())))
                    throw new IllegalStateException(Messages.t("internal.field-twice", f.usage()));
                fields.get(f.holder()).add(f);
            }
    }

    /** The fields of one kind of value, in the order they were declared. */
    public List<Field> fields(Holder holder) { return Collections.unmodifiableList(fields.get(holder)); }

    /** Every field, kind by kind. */
    public List<Field> allFields() {
        List<Field> out = new ArrayList<>();
        for (List<Field> list : fields.values()) out.addAll(list);
        return out;
    }

    public static Registry standard() { return STANDARD; }

    public Collection<Builtin> all() { return Collections.unmodifiableCollection(byName.values()); }

    /** The builtin called {@code name}, or null. */
    public Builtin get(String name) { return byName.get(name); }

    public List<Builtin> in(Area area) {
        List<Builtin> out = new ArrayList<>();
        for (Builtin b : byName.values()) if (b.area() == area) out.add(b);
        return out;
    }

    /** How a hint or :help writes a call of {@code b}, defaults at the default precision. */
    public static String usage(Builtin b) {
        Format f = new Format();
        return b.usage(f::value);
    }

    /** The checker's view of one builtin. */
    public static Signature signature(Builtin b) {
        List<String> names = new ArrayList<>();
        List<Boolean> required = new ArrayList<>();
        for (Param p : b.params()) {
            if (p.rest()) continue;
            names.add(p.name());
            required.add(p.required());
        }
        return new Signature(b.name(), names, required, b.variadic(), () -> usage(b));
    }
}
