package nn.repl;

import java.util.ArrayList;
import java.util.List;
import nn.interp.lib.Area;
import nn.interp.lib.Builtin;
import nn.interp.lib.Param;
import nn.interp.lib.Registry;
import nn.lang.check.Names;

/** {@code :help NAME} and {@code :help TOPIC}, read from the registry of builtins. */
final class Help {
    private Help() {}

    static String about(String word) {
        Registry registry = Registry.standard();
        Builtin b = registry.get(word);
        if (b != null) return builtin(b);
        for (Area area : Area.values()) if (area.topic().equals(word)) return topic(registry, area);
        List<String> known = new ArrayList<>();
        registry.all().forEach(x -> known.add(x.name()));
        for (Area area : Area.values()) known.add(area.topic());
        String near = Names.suggest(word, known);
        return "no builtin or topic '" + word + "'" + (near != null ? "; " + near : "")
                + "\ntopics: " + String.join(", ", java.util.Arrays.stream(Area.values()).map(Area::topic).toList());
    }

    private static String builtin(Builtin b) {
        StringBuilder s = new StringBuilder(Registry.usage(b)).append("\n  ").append(b.doc());
        List<String> params = new ArrayList<>();
        for (Param p : b.params()) params.add(p.name() + (p.rest() ? "..." : "") + ": " + p.type().word());
        if (!params.isEmpty()) s.append("\n  ").append(String.join(" · ", params));
        s.append("\n  example: ").append(b.example());
        return s.toString();
    }

    private static String topic(Registry registry, Area area) {
        StringBuilder s = new StringBuilder(area.topic()).append(": ").append(area.title());
        for (Builtin b : registry.in(area)) s.append("\n  ").append(Registry.usage(b)).append("  — ").append(b.doc());
        return s.toString();
    }
}
