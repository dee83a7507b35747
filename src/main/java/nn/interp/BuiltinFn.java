package nn.interp;

/** The body of a builtin: receives evaluated arguments (already matched to parameter names). */
@FunctionalInterface
public interface BuiltinFn {
    Value call(Args args);
}
