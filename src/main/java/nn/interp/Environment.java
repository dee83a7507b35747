package nn.interp;

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

    public Environment(Environment parent) { this.parent = parent; }

    public Value lookup(String name) {
        for (Environment e = this; e != null; e = e.parent) {
            Value v = e.vars.get(name);
            if (v != null) return v;
        }
        return null;
    }

    public void define(String name, Value value) { vars.put(name, value); }
    public boolean hasLocal(String name) { return vars.containsKey(name); }
    public Map<String, Value> locals() { return vars; }
    public Set<String> names() { return vars.keySet(); }
    public Environment parent() { return parent; }
    public void clear() { vars.clear(); }
}
