package nn.interp;

import java.util.List;
import nn.lang.ast.Stmt;
import nn.tensor.Matrix;

/** Every value a script can hold. Printing lives in {@link Format}; operators in {@link Arith}. */
public sealed interface Value {
    /** The word used for this kind of value in messages ("a number", "a 2×3 matrix"). */
    String describe();

    record Num(double value) implements Value {
        public String describe() { return "a number"; }
    }

    record Bool(boolean value) implements Value {
        public String describe() { return "a bool"; }
    }

    record Str(String value) implements Value {
        public String describe() { return "a string"; }
    }

    /** A matrix; a 1×1 matrix still prints as a matrix ([0.191]) so shapes stay visible. */
    record Mat(Matrix value) implements Value {
        public String describe() { return "a " + value.shape() + " matrix"; }
    }

    /** [a, b] whose elements are not all numbers: networks, strings, … */
    record ListV(List<Value> items) implements Value {
        public String describe() { return "a list of " + items.size(); }
    }

    /** A user function; {@code closure} is the scope it was defined in. */
    record Fn(String name, List<String> params, List<Stmt> body, Environment closure) implements Value {
        public String describe() { return "the function " + name; }
    }

    /** A function implemented by the interpreter. */
    record Builtin(String name, BuiltinFn impl) implements Value {
        public String describe() { return "the builtin " + name; }
    }

    /** The result of statements and functions that return nothing; never echoed. */
    enum Nothing implements Value {
        INSTANCE;
        public String describe() { return "nothing"; }
    }
}
