package nn.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible submissions of one homework (learn XOR with a two-layer network, starting from
 * {@link #STARTER}), for the tests and the benchmark. Each student picks, part by part, one of several
 * genuinely different ways to write it (a chained or block network, hand-made parameters, a training
 * loop written three ways or a train block, …), with their own names, numbers, messages, comments and
 * an order of their own for the parts that do not depend on each other. Seeded: the same class every run.
 */
public final class SyntheticClass {
    /** The code handed out with the assignment; every submission starts from it. */
    public static final String STARTER = """
            # Homework 4: learn XOR with a two-layer network
            # Fill in every TODO below. Do not change the data or the seed.
            X = [[0, 0], [0, 1], [1, 0], [1, 1]]
            T = [[0], [1], [1], [0]]
            seed 42

            # TODO 1: a network with one hidden layer
            # TODO 2: a function that returns the fraction of the four rows the network gets right
            # TODO 3: train it: forward pass, loss, backward, step
            # TODO 4: print the loss now and then, and show what the network computes on X

            fn check(net) {
              Y = net(X)
              expect round(Y) == T, "the network computes XOR"
            }
            """;

    private static final String[] NETS = {"net", "model", "xornet", "mlp", "brain", "network1", "m", "nn_xor", "solver", "my_net"};
    private static final String[] OPTS = {"opt", "optimizer", "gd", "o", "updater", "sgd1", "trainer", "descent"};
    private static final String[] LOSSES = {"loss", "E", "err", "L", "cost", "l", "error", "J"};
    private static final String[] EPOCHS = {"epoch", "i", "e", "it", "n", "k", "round_no", "t"};
    private static final String[] ACCS = {"acc", "score", "percent_correct", "hit_rate", "right_fraction", "accuracy_of", "correct_share", "evaluate_net"};
    private static final String[] OUTS = {"Y", "out", "pred", "P", "outputs", "y_hat", "result", "guess"};
    private static final String[] HIDDEN = {"2", "3", "4", "5", "8"};
    private static final String[] RATES = {"0.5", "1", "1.5", "2", "3", "0.8", "2.5"};
    private static final String[] COUNTS = {"1000", "2000", "3000", "4000", "5000", "2500", "1500"};
    private static final String[] ACTIVATIONS = {"sigmoid", "tanh", "sigmoid", "relu"};

    private final Random random;
    private final Map<String, String> names = new HashMap<>();

    private SyntheticClass(long seed) { random = new Random(seed); }

    /** One student's submission as ordered parts: the starter first, then the student's own code. */
    public record Student(List<Part> parts) {
        public String text() {
            StringBuilder out = new StringBuilder();
            for (Part p : parts) out.append(p.code()).append('\n');
            return out.toString();
        }
    }

    /**
     * A piece of a submission. {@code movable} parts (function definitions, the optimizer) may go anywhere
     * before {@code needed} parts without changing what the program does.
     */
    public record Part(String role, String code, boolean movable) {}

    /** The submission of student {@code seed}: the same seed, the same student. */
    public static Student student(long seed) { return new SyntheticClass(seed).write(); }

    private String pick(String[] options) { return options[random.nextInt(options.length)]; }

    private String name(String role, String[] pool) { return names.computeIfAbsent(role, r -> pick(pool)); }

    private Student write() {
        String net = name("net", NETS), opt = name("opt", OPTS), loss = name("loss", LOSSES), epoch = name("epoch", EPOCHS);
        String acc = name("acc", ACCS), out = name("out", OUTS);
        String hidden = pick(HIDDEN), lr = pick(RATES), count = pick(COUNTS), act = pick(ACTIVATIONS);
        boolean comments = random.nextInt(3) > 0;
        int netStyle = random.nextInt(4), accStyle = random.nextInt(5), loopStyle = random.nextInt(5), outStyle = random.nextInt(5);
        boolean manual = netStyle == 3;

        List<Part> movable = new ArrayList<>();
        List<Part> fixed = new ArrayList<>();
        fixed.add(new Part("network", network(netStyle, net, hidden, act, comments), false));
        if (loopStyle != 3) movable.add(new Part("optimizer", optimizer(opt, lr, manual, net, comments), true));
        if (accStyle != 4) movable.add(new Part("accuracy", accuracy(accStyle, acc, net, manual, comments), true));
        if (loopStyle == 4) movable.add(new Part("train-step", trainStep(net, opt, loss, manual), true));
        fixed.add(new Part("training", training(loopStyle, net, opt, loss, epoch, lr, count, manual, comments), false));
        fixed.add(new Part("output", output(outStyle, accStyle, net, acc, out, manual, comments), false));

        List<Part> parts = new ArrayList<>();
        parts.add(new Part("starter", STARTER.strip() + "\n", false));
        // movable parts go before or after the network, in the student's own order
        java.util.Collections.shuffle(movable, random);
        int split = random.nextInt(movable.size() + 1);
        parts.addAll(movable.subList(0, split));
        parts.add(fixed.get(0));
        parts.addAll(movable.subList(split, movable.size()));
        parts.addAll(fixed.subList(1, fixed.size()));
        return new Student(parts);
    }

    private String comment(boolean on, String... options) { return on ? "# " + pick(options) + "\n" : ""; }

    private String forward(String net, boolean manual, String x) { return manual ? "forward(" + x + ")" : net + "(" + x + ")"; }

    private String network(int style, String net, String hidden, String act, boolean c) {
        String head = comment(c, "TODO 1: the network", "two layers", "hidden layer then output", "the model");
        String after = switch (random.nextInt(3)) {
            case 0 -> "print " + net + "\n";
            case 1 -> "show " + net + "\n";
            default -> "";
        };
        return head + switch (style) {
            case 0 -> random.nextBoolean()
                    ? "network " + net + " = 2 -> dense(" + hidden + ", " + act + ") -> dense(1, sigmoid)\n" + after
                    : "network " + net + " = 2 -> dense(" + hidden + ", " + act + ") -> dense(" + hidden + ", " + act + ") -> dense(1, sigmoid)\n" + after;
            case 1 -> "network " + net + " {\n  input 2\n  dense " + hidden + " " + act + "\n  dense 1 sigmoid\n}\n" + after;
            case 2 -> "network " + net + " {\n  input 2\n  dense " + hidden + " " + act + " as hidden\n  dense 1 sigmoid as output\n}\n"
                    + "print \"hidden weights:\", " + net + ".hidden.weights\n";
            default -> "W1 = param(randn(2, " + hidden + "))\nb1 = param(zeros(1, " + hidden + "))\n"
                    + "W2 = param(randn(" + hidden + ", 1))\nb2 = param(zeros(1, 1))\n"
                    + "fn forward(x) {\n  h = " + act + "(x @ W1 + b1)\n  return sigmoid(h @ W2 + b2)\n}\n"
                    + "fn " + net + "(x) {\n  return forward(x)\n}\n";
        };
    }

    private String optimizer(String opt, String lr, boolean manual, String net, boolean c) {
        String kind = pick(new String[] {"sgd(lr = " + lr + ")", "sgd(lr = " + lr + ")", "adam(lr = 0.05)", "momentum(lr = " + lr + ", beta = 0.9)"});
        return comment(c, "learning rate found by trying", "the optimizer", "gradient descent") + opt + " = " + kind + "\n";
    }

    private String accuracy(int style, String acc, String net, boolean manual, boolean c) {
        String head = comment(c, "TODO 2", "fraction of rows right", "accuracy on the four rows");
        String x = random.nextBoolean() ? "inputs" : "A", t = random.nextBoolean() ? "targets" : "B";
        String body = accuracyBody(style, acc, x, t);
        if (random.nextBoolean()) body = body.replace("round(f(" + x + "))", "(f(" + x + ") > 0.5)");
        return head + body;
    }

    private String accuracyBody(int style, String acc, String x, String t) {
        return switch (style) {
            case 0 -> "fn " + acc + "(f, " + x + ", " + t + ") {\n  return 1 - mean((round(f(" + x + ")) - " + t + ") ^ 2)\n}\n";
            case 1 -> "fn " + acc + "(f, " + x + ", " + t + ") {\n  right = 0\n  for r in 0..3 {\n    if round(f(" + x + "[r])) == " + t + "[r] {\n"
                    + "      right = right + 1\n    }\n  }\n  return right / 4\n}\n";
            case 2 -> "fn " + acc + "(f, " + x + ", " + t + ") {\n  predictions = round(f(" + x + "))\n  total = rows(" + t + ")\n"
                    + "  wrong = sum((predictions - " + t + ") ^ 2)\n  return (total - wrong) / total\n}\n";
            default -> "fn " + acc + "(f, " + x + ", " + t + ") {\n  misses = sum((round(f(" + x + ")) - " + t + ") ^ 2)\n  return 1 - misses / rows(" + t + ")\n}\n";
        };
    }

    private String trainStep(String net, String opt, String loss, boolean manual) {
        String params = manual ? "" : "";
        return "fn train_once() {\n  " + loss + " = mse(" + forward(net, manual, "X") + ", T)\n  backward " + loss
                + "\n  step " + (manual ? "[W1, b1, W2, b2]" : net) + " " + opt + "\n  return " + loss + params + "\n}\n";
    }

    private String training(int style, String net, String opt, String loss, String epoch, String lr, String count,
                            boolean manual, boolean c) {
        String head = comment(c, "TODO 3: training loop", "train", "forward, loss, backward, step", "learning");
        String stepTarget = manual ? "[W1, b1, W2, b2]" : net;
        String y = random.nextBoolean() ? forward(net, manual, "X") : forward(net, manual, "X") + " * 1";
        if (random.nextBoolean()) y = "(" + y + ")";
        String every = String.valueOf(Integer.parseInt(count) / 4);
        String cond = switch (random.nextInt(4)) {
            case 0 -> epoch + " == 1 or " + epoch + " == " + count;
            case 1 -> epoch + " == " + count;
            case 2 -> epoch + " < 3";
            default -> epoch + " > " + count + " - 2";
        };
        String note = switch (random.nextInt(3)) {
            case 0 -> "print \"training done\"\n";
            case 1 -> "print \"loss after training:\", mse(" + forward(net, manual, "X") + ", T)\n";
            default -> "";
        };
        return head + switch (style) {
            case 0 -> "for " + epoch + " in 1.." + count + " {\n  " + loss + " = mse(" + y + ", T)\n  backward " + loss
                    + "\n  step " + stepTarget + " " + opt + "\n  if " + epoch + " == 1 or " + epoch + " == " + count + " {\n"
                    + "    print \"epoch\", " + epoch + ", \"loss\", " + loss + "\n  }\n}\n" + note;
            case 1 -> "for block in 1..4 {\n  for " + epoch + " in 1.." + every + " {\n    " + loss + " = mse(" + y + ", T)\n"
                    + "    backward " + loss + "\n    step " + stepTarget + " " + opt + "\n  }\n"
                    + "  print \"after\", block * " + every + ", \"epochs:\", mse(" + y + ", T)\n}\n" + note;
            case 2 -> epoch + " = 0\n" + loss + " = mse(" + y + ", T)\nwhile " + loss + " > 0.01 and " + epoch + " < " + count + " {\n"
                    + "  backward " + loss + "\n  step " + stepTarget + " " + opt + "\n  " + loss + " = mse(" + y + ", T)\n"
                    + "  " + epoch + " = " + epoch + " + 1\n}\nprint \"stopped after\", " + epoch + ", \"epochs with loss\", " + loss + "\n";
            case 3 -> "dataset xor_data = truthtable(2, a ^ b)\nhistory = train " + net + " on xor_data {\n  loss mse\n  optimizer sgd(lr = "
                    + lr + ")\n  epochs " + count + "\n  report every " + every + "\n}\nprint \"final loss\", history.loss[-1]\n";
            default -> "losses = []\nfor " + epoch + " in 1.." + count + " {\n  " + loss + " = train_once()\n}\n"
                    + "print \"loss at the end:\", " + loss + "\n" + note;
        };
    }

    private String output(int style, int accStyle, String net, String acc, String out, boolean manual, boolean c) {
        String head = comment(c, "TODO 4", "results", "what the network computes", "check");
        String y = forward(net, manual, "X");
        String accLine = accStyle == 4
                ? "print \"accuracy:\", 1 - mean((round(" + y + ") - T) ^ 2)\n"
                : "print \"accuracy:\", " + acc + "(" + (manual ? "forward" : net) + ", X, T)\n";
        head += switch (random.nextInt(3)) {
            case 0 -> "print \"--- results ---\"\n";
            case 1 -> "print \"final loss:\", mse(" + y + ", T)\n";
            default -> "";
        };
        if (random.nextBoolean()) accLine = accLine.replace("print \"accuracy:\", ", "print \"accuracy (%):\", 100 * ");
        return head + switch (style) {
            case 0 -> (manual ? "print round(forward(X))\n" : "truthtable " + net + "\n") + accLine;
            case 1 -> out + " = " + y + "\nfor r in 0..3 {\n  print X[r], \"->\", " + out + "[r, 0], \"rounds to\", round(" + out + "[r, 0])\n}\n" + accLine;
            case 2 -> out + " = " + y + "\nprint \"raw outputs:\", " + out + "\nprint \"rounded:\", round(" + out + ")\n" + accLine + "check(" + (manual ? "forward" : net) + ")\n";
            case 3 -> accLine + (manual ? "print forward(X)\n" : "plot regions " + net + " on truthtable(2, p ^ q)\n");
            default -> accLine + "expect " + (accStyle == 4 ? "1 - mean((round(" + y + ") - T) ^ 2)" : acc + "(" + (manual ? "forward" : net) + ", X, T)")
                    + " > 0.7, \"most rows right\"\ncheck(" + (manual ? "forward" : net) + ")\n";
        };
    }
}
