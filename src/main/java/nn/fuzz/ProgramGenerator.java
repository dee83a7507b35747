package nn.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Random nn programs that follow the grammar: assignments, prints, conditionals, loops, functions,
 * networks and the statements of the logic lessons, over expressions built from every operator,
 * every builtin (by name, with values of every kind as arguments), fields and indexing, and extreme
 * values (huge, tiny, NaN, infinities, non-BMP and control characters). Most are wrong in some way;
 * the point is that every one ends with a clear message, never a crash or a hang.
 */
final class ProgramGenerator {
    private static final String[] NUMBERS = {"0", "1", "2", "-1", "0.5", "3", "10", "1e300", "-1e300", "1e-300", "1e20",
            "1.5", "255", "1e9", "2147483648", "9223372036854775807", "0.1", "-0", "1e-9", "400", "1_000"};
    private static final String[] STRINGS = {"\"\"", "\"a\"", "\"hello world\"", "\"🎉😀\"", "\"x\\ny\"", "\"\\t\"",
            "\"data.csv\"", "\"../up.csv\"", "\"/etc/passwd\"", "\"out.png\"", "\"net.json\"", "\"g.dot\"", "\"s.nn\"",
            "\"relu\"", "\"sigmoid\"", "\"label\""};
    private static final String[] NAMES = {"a", "b", "c", "L", "net", "d", "h", "u", "f", "W", "x", "i"};
    private static final String[] BINARY = {"+", "-", "*", "/", "@", "^", "==", "!=", "<", "<=", ">", ">=", "and", "or", "~=", ".."};
    private static final String[] FIELDS = {"rows", "cols", "shape", "T", "layers", "weights", "biases", "params", "loss",
            "accuracy", "size", "name", "units", "labels", "grad", "inputs", "targets", "epochs", "w", "bias", "thresholds", "dense1"};
    private static final String[] ACTIVATIONS = {"sigmoid", "relu", "tanh", "softmax", "linear", "step", "sigmiod"};
    private static final List<String> SNIPPETS = List.of(
            "separable({ [0] -> 0; [1e-9] -> 1 })", "separable({ [0] -> 0; [1e-12] -> 1 })",
            "separable({ [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 })",
            "gate(\"a and b\")", "truthtable(\"a or not b\")", "round(1e20)", "round(nan)", "round(1.5, 400)",
            "log(-1)", "sqrt(-4)", "exp(1000)", "zeros(2, 3)", "ones(3, 1)", "eye(3)", "randn(2, 2)", "rand(3, 3)",
            "spiral(points = 10, seed = 1)", "xor_grid()", "blobs(points = 9, seed = 2)", "[[1, 2], [3, 4]]", "[1, 2, 3]",
            "[\"a\", [1, 2]]", "[]", "[[]]", "dense(2, sigmoid)", "sgd(lr = 0.1)", "adam()", "perceptron_rule(lr = 1)",
            "len(\"🎉\")", "str([1, 2])", "inf", "nan", "-inf", "1/0", "0/0");

    private final Random random;
    private final List<String> builtins;
    private int depth;

    ProgramGenerator(Random random, List<String> builtins) {
        this.random = random;
        this.builtins = builtins;
    }

    String program() {
        StringBuilder out = new StringBuilder();
        int statements = 1 + random.nextInt(8);
        for (int i = 0; i < statements; i++) out.append(statement()).append('\n');
        return out.toString();
    }

    private String pick(String[] options) { return options[random.nextInt(options.length)]; }

    private String statement() {
        depth = 0;
        return switch (random.nextInt(20)) {
            case 0, 1, 2, 3 -> pick(NAMES) + " = " + expr();
            case 4, 5 -> "print " + expr() + (random.nextBoolean() ? ", " + expr() : "");
            case 6 -> "if " + expr() + " { " + pick(NAMES) + " = " + expr() + " } else { print " + expr() + " }";
            case 7 -> "for i in " + expr() + ".." + expr() + " { print i }";
            case 8 -> "fn f(x, y) { return " + expr() + " }\nprint f(" + expr() + ", " + expr() + ")";
            case 9 -> "network net = " + (1 + random.nextInt(3)) + " -> dense(" + (1 + random.nextInt(4)) + ", " + pick(ACTIVATIONS)
                    + ") -> dense(" + (1 + random.nextInt(3)) + ", " + pick(ACTIVATIONS) + ")";
            case 10 -> "L = [L, L]";
            case 11 -> "assert " + expr();
            case 12 -> "expect " + expr() + " == " + expr();
            case 13 -> pick(NAMES) + "[" + expr() + "] = " + expr();
            case 14 -> "precision " + pick(NUMBERS);
            case 15 -> "seed " + pick(NUMBERS);
            case 16 -> "while " + expr() + " { break }";
            case 17 -> "show " + expr();
            case 18 -> "x = " + SNIPPETS.get(random.nextInt(SNIPPETS.size()));
            default -> expr();
        };
    }

    private String expr() {
        depth++;
        try {
            int choice = random.nextInt(depth > 3 ? 4 : 12);
            return switch (choice) {
                case 0 -> pick(NUMBERS);
                case 1 -> pick(STRINGS);
                case 2 -> pick(NAMES);
                case 3 -> SNIPPETS.get(random.nextInt(SNIPPETS.size()));
                case 4, 5 -> expr() + " " + pick(BINARY) + " " + expr();
                case 6, 7 -> call();
                case 8 -> expr() + "." + pick(FIELDS);
                case 9 -> expr() + "[" + expr() + (random.nextBoolean() ? ", " + expr() : "") + "]";
                case 10 -> "[" + expr() + ", " + expr() + "]";
                default -> (random.nextBoolean() ? "-" : "not ") + expr();
            };
        } finally {
            depth--;
        }
    }

    private String call() {
        String name = builtins.get(random.nextInt(builtins.size()));
        int args = random.nextInt(4);
        StringBuilder out = new StringBuilder(name).append('(');
        for (int i = 0; i < args; i++) {
            if (i > 0) out.append(", ");
            if (random.nextInt(4) == 0) out.append(pick(new String[] {"lr", "seed", "points", "limit", "epochs", "noise"})).append(" = ");
            out.append(expr());
        }
        return out.append(')').toString();
    }
}
