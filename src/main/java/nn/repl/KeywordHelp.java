package nn.repl;

import java.util.ArrayList;
import java.util.List;
import nn.i18n.Messages;

/**
 * {@code :help KEYWORD}: each statement of the language, its forms, what it does and an example. The
 * examples are code of the docs page and section they point to, word for word, so the reference and the
 * REPL show the same thing (assignment, test and score are explained in full in docs/grading.md).
 * KeywordHelpTest holds them to that, and checks every statement keyword of the grammar has a topic here
 * and its two texts ({@code repl.keyword.TOPIC.usage}, {@code .what}) in both catalogues.
 */
enum KeywordHelp {
    PRINT("print", List.of(), "print \"h =\", x @ W1", "language.md", "Statements"),
    SHOW("show", List.of(), "show W1", "language.md", "Statements"),
    IF("if", List.of("else"), "if a > 0 { print \"+\" } else if a < 0 { print \"-\" } else { print 0 }", "language.md", "Statements"),
    FOR("for", List.of("in"), "for x, t in data { print x, t }", "language.md", "Statements"),
    WHILE("while", List.of(), "while cond { break }", "language.md", "Statements"),
    BREAK("break", List.of("continue"), "while cond { break }", "language.md", "Statements"),
    FN("fn", List.of("return"), "fn relu2(z) { return max(z, 0) ^ 2 }", "language.md", "Statements"),
    PRECISION("precision", List.of(), "precision 2", "language.md", "Statements"),
    SEED("seed", List.of(), "seed 42", "language.md", "Statements"),
    DTYPE("dtype", List.of("float32", "float64"), "dtype float32", "language.md", "Float32"),
    ASSERT("assert", List.of("within"), "assert net([2, 3]) ~= 0.191 within 0.001, \"forward pass\"", "language.md", "Statements"),
    EXPECT("expect", List.of(), "expect truthtable(f) == [0, 0, 0, 1]", "language.md", "Statements"),
    UNIT("unit", List.of(), "unit AND2 = threshold(weights = [1, 1], threshold = 2)", "language.md", "Units"),
    TRUTHTABLE("truthtable", List.of(), "truthtable AND2", "language.md", "Truth tables"),
    GATE("gate", List.of(), "gate xor(a, b) = (a | b) & !(a & b)", "language.md", "Gates"),
    PERCEPTRON("perceptron", List.of(), "perceptron p(inputs = 2)\ntrain p on AND with perceptron_rule(lr = 1) epochs 20",
            "language.md", "Learning rules"),
    NETWORK("network", List.of("input", "dense", "dropout", "nobias"),
            "network net {\n  input 2\n  dense 2 linear weights W1 nobias\n  dense 1 linear weights [[0.14], [0.15]] nobias as out\n}",
            "language.md", "Networks"),
    DATASET("dataset", List.of(), "dataset xor = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }", "language.md", "Writing examples down"),
    TRAIN("train", List.of("epochs", "optimizer", "batch", "shuffle", "report", "stop", "validate", "keep", "clip"),
            "h = train xornet on xor {\n  loss sse\n  optimizer sgd(lr = 0.5)\n  epochs 5000\n  batch full\n  report every 1000\n"
                    + "  stop when loss < 0.01\n}",
            "language.md", "The train block"),
    BACKWARD("backward", List.of(), "backward E", "language.md", "backward"),
    STEP("step", List.of(), "step net sgd(lr = 1)", "language.md", "step and the optimizers"),
    TRACE("trace", List.of(), "trace sigmoid(x @ W1)", "language.md", "trace"),
    EXPLAIN("explain", List.of(), "explain x @ W1", "language.md", "explain"),
    GRADCHECK("gradcheck", List.of(), "gradcheck sse(x @ W1 @ W2, 1)", "language.md", "gradcheck"),
    GRAPH("graph", List.of(), "graph E to \"g.dot\"", "language.md", "graph E to \"file\""),
    PLOT("plot", List.of(), "plot boundary xornet on xor to \"xor.svg\"", "language.md", "Plots"),
    SAVE("save", List.of(), "save xornet to \"xor.json\"", "language.md", "Saving and loading networks"),
    EXPORT("export", List.of(), "export xornet to \"xor.onnx\"", "language.md", "Exporting to ONNX"),
    ASSIGNMENT("assignment", List.of(),
            "assignment \"Homework 2\" { submission \"hw2.nn\"; timeout 60s; seed 1; late penalty 10% per day }", "language.md",
            "Statements"),
    TEST("test", List.of("hidden", "points", "partial"), "test \"AND gate\" points 2 { expect truthtable(AND2) == [0, 0, 0, 1] }",
            "language.md", "Statements"),
    SCORE("score", List.of(), "test \"accuracy\" points 2 { score accuracy(net, data) }", "language.md", "Statements");

    /** The word {@code :help} takes; other words that lead here (an {@code else} is part of an {@code if}). */
    final String topic;
    final List<String> aliases;
    /** Code, the same in every language. */
    final String example;
    /** The page in docs/ and the heading of its section that explains the statement. */
    final String page;
    final String section;

    KeywordHelp(String topic, List<String> aliases, String example, String page, String section) {
        this.topic = topic;
        this.aliases = aliases;
        this.example = example;
        this.page = page;
        this.section = section;
    }

    /** The catalogue key of one of the topic's texts (repl.properties declares the family {@code repl.keyword.}). */
    String key(String text) { return "repl.keyword." + topic + "." + text; }

    /** The topic a word names, by its topic word or one of its aliases; null for none. */
    static KeywordHelp of(String word) {
        for (KeywordHelp k : values()) if (k.topic.equals(word)) return k;
        for (KeywordHelp k : values()) if (k.aliases.contains(word)) return k;
        return null;
    }

    /** Every topic word, in the order a student meets them. */
    static List<String> topics() {
        List<String> out = new ArrayList<>();
        for (KeywordHelp k : values()) out.add(k.topic);
        return out;
    }

    /** The topic words as :help lists them: on lines of at most 100 characters, each indented four spaces. */
    static String listed() {
        StringBuilder s = new StringBuilder("    ");
        int width = 4;
        for (String t : topics()) {
            if (width > 4 && width + t.length() + 2 > 100) {
                s.append(",\n    ");
                width = 4;
            } else if (width > 4) {
                s.append(", ");
                width += 2;
            }
            s.append(t);
            width += t.length();
        }
        return s.toString();
    }

    /** What {@code :help} shows: the forms, what the statement does, the example, where the reference says more. */
    String text() {
        StringBuilder s = new StringBuilder(Messages.t(key("usage")));
        s.append("\n  ").append(Messages.t(key("what")));
        if (example.contains("\n")) s.append("\n  ").append(Messages.t("repl.help-example-block")).append("\n    ")
                .append(example.replace("\n", "\n    "));
        else s.append("\n  ").append(Messages.t("repl.help-example", example));
        s.append("\n  ").append(Messages.t("repl.help-see", "docs/" + page, section));
        return s.toString();
    }
}
