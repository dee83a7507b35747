package nn.repl;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import nn.interp.lib.Area;
import nn.interp.lib.Builtin;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;
import nn.interp.lib.Param;
import nn.interp.lib.Registry;
import nn.lang.check.Names;

/**
 * {@code :help NAME}, {@code :help TOPIC}, {@code :help KEYWORD} and {@code :help fields}, read from the registry
 * of builtins and fields and from {@link KeywordHelp}. A word that is both (the statement {@code step} and the
 * builtin {@code step}, the topic and the statement {@code graph}) gets both, the builtin or topic first.
 * Public for the Jupyter kernel, whose {@code :help NAME} and Shift-Tab (inspect) show the same texts.
 */
public final class Help {
    private Help() {}

    /** Whether {@link #about} has a text for {@code word} (rather than the list of what there is). */
    public static boolean knows(String word) {
        if (word.isEmpty()) return false;
        if (word.equals(FIELDS) || (!word.startsWith(".") && KeywordHelp.of(word) != null)) return true;
        for (Area area : Area.values()) if (area.topic().equals(word)) return true;
        Registry registry = Registry.standard();
        String name = word.startsWith(".") ? word.substring(1) : word;
        return registry.get(name) != null || registry.allFields().stream().anyMatch(f -> f.name().equals(name));
    }

    /** The statements :help KEYWORD explains, as the REPL's :help lists them. */
    public static String statements() { return KeywordHelp.listed(); }

    public static String about(String word) {
        Registry registry = Registry.standard();
        KeywordHelp keyword = word.startsWith(".") ? null : KeywordHelp.of(word);
        // A topic comes first: :help units is the units topic; the field is :help .units.
        for (Area area : Area.values())
            if (area.topic().equals(word)) return topic(registry, area) + (keyword == null ? "" : "\n\n" + keyword.text());
        String name = word.startsWith(".") ? word.substring(1) : word;
        Builtin b = registry.get(name);
        List<Field> fields = registry.allFields().stream().filter(f -> f.name().equals(name)).toList();
        if (b != null || !fields.isEmpty() || keyword != null) {
            List<String> parts = new ArrayList<>();
            if (b != null) parts.add(builtin(b));
            for (Field f : fields) parts.add(field(f));
            if (keyword != null) parts.add(keyword.text());
            return String.join("\n", parts);
        }
        if (word.equals(FIELDS)) return fields(registry);
        List<String> known = new ArrayList<>();
        registry.all().forEach(x -> known.add(x.name()));
        registry.allFields().forEach(f -> known.add(f.name()));
        for (Area area : Area.values()) known.add(area.topic());
        known.add(FIELDS);
        known.addAll(KeywordHelp.topics());
        String near = Names.suggest(name, known);
        String topics = String.join(", ", java.util.Arrays.stream(Area.values()).map(Area::topic).toList()) + ", " + FIELDS;
        String keywords = String.join(", ", KeywordHelp.topics());
        return near != null ? Messages.t("repl.help-unknown-near", word, near, topics, keywords)
                : Messages.t("repl.help-unknown", word, topics, keywords);
    }

    /** The topic that lists every field, kind of value by kind. */
    private static final String FIELDS = "fields";

    private static String field(Field f) {
        return f.usage() + "  (" + f.holder().title() + "; " + f.type() + ")\n  " + f.doc();
    }

    private static String fields(Registry registry) {
        StringBuilder s = new StringBuilder(Messages.t("repl.help-fields-heading"));
        for (Holder h : Holder.values()) {
            List<Field> list = registry.fields(h);
            if (list.isEmpty()) continue;
            s.append("\n  ").append(h.title()).append(':');
            for (Field f : list) s.append("\n    .").append(f.name()).append("  — ").append(f.doc());
        }
        return s.toString();
    }

    private static String builtin(Builtin b) {
        StringBuilder s = new StringBuilder(Registry.usage(b)).append("\n  ").append(b.doc());
        List<String> params = new ArrayList<>();
        for (Param p : b.params()) params.add(p.name() + (p.rest() ? "..." : "") + ": " + p.type().word());
        if (!params.isEmpty()) s.append("\n  ").append(String.join(" · ", params));
        s.append("\n  ").append(Messages.t("repl.help-example", b.example()));
        return s.toString();
    }

    private static String topic(Registry registry, Area area) {
        StringBuilder s = new StringBuilder(area.topic()).append(": ").append(area.title());
        for (Builtin b : registry.in(area)) s.append("\n  ").append(Registry.usage(b)).append("  — ").append(b.doc());
        for (Field f : registry.allFields())
            if (f.area() == area) s.append("\n  ").append(f.usage()).append("  — ").append(f.doc());
        return s.toString();
    }
}
