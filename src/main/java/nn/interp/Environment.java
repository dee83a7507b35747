package nn.interp;

import nn.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A scope of variables. The global scope has no parent; each function call gets a scope whose parent
 * is the function's defining scope. As in Python, assigning inside a function creates a local.
 */
public final class Environment {
    private final Environment parent;
    private final Map<String, Value> vars = new LinkedHashMap<>();
    /** For a function call's scope: the function's name and every name it assigns (its locals). */
    private final String function;
    private final Set<String> declared;

    public Environment(Environment parent) { this(parent, null, Set.of()); }

    public Environment(Environment parent, String function, Set<String> declared) {
        this.parent = parent;
        this.function = function;
        this.declared = declared;
    }

    /**
     * The value of {@code name}, or null if no scope defines it. As in Python, a name a function assigns
     * is local in all of that function: reading it before its assignment is an error, not a silent read
     * of a global with the same name.
     */
    public Value lookup(String name) {
        for (Environment e = this; e != null; e = e.parent) {
            Value v = e.vars.get(name);
            if (v != null) return v;
            if (e.declared.contains(name))
                throw new RuntimeError(Messages.t("interp.read-before-assigned", name, e.function),
                        Messages.t("interp.read-before-assigned-hint", name, e.function));
        }
        return null;
    }

    public void define(String name, Value value) { vars.put(name, value); }

    /** Rebinds {@code name} in the scope that holds it (append(xs, v) inside a function changes the outer xs). */
    public void rebind(String name, Value value) {
        for (Environment e = this; e != null; e = e.parent)
            if (e.vars.containsKey(name)) {
                e.vars.put(name, value);
                return;
            }
        vars.put(name, value);
    }
    public boolean hasLocal(String name) { return vars.containsKey(name); }
    public Map<String, Value> locals() { return vars; }
    public Set<String> names() { return vars.keySet(); }
    public Environment parent() { return parent; }
    public void clear() { vars.clear(); }
}
