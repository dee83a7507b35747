package nn.lang.syntax;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nn.i18n.Messages;
import nn.lang.check.Names;
import nn.lang.source.SourceFile;
import nn.lang.source.Span;
import nn.lang.syntax.gen.NNLexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Syntax errors where a statement is written in the form another language gives it, or a block's
 * options as Keras or a config file write them: a train block's unknown or misspelt option
 * ({@code optimiser}, {@code batch_size}, {@code learning_rate}, {@code verbose}), an option written with
 * {@code =}, {@code :} or separated by {@code ,}; {@code E.backward()}, {@code save(net, "f")},
 * {@code train(net, d)}, {@code plot h} without a kind, a network chain assigned without {@code network},
 * a C for loop, a dataset's braces around something that is not an example, and brackets opened but
 * never closed, or closed but never opened. Each is named for what it is, with nn's form as the hint.
 */
final class Forms {
    private Forms() {}

    /** The words that start a train block's options (the grammar's trainOption). */
    static final List<String> TRAIN_OPTIONS = List.of("loss", "optimizer", "epochs", "batch", "shuffle", "report",
            "stop", "validate", "keep", "clip", "dtype", "plot");

    /** The options as the reference lists them, for the hint. */
    private static final String OPTIONS_LISTED = "loss, optimizer, epochs, batch, shuffle, report every, stop when, "
            + "validate on, validate split, keep best, clip, dtype, plot";

    /** Option names of Keras, PyTorch and config files, and the key of the hint that says nn's way. */
    private static final Map<String, String> FOREIGN_OPTIONS = Map.ofEntries(
            Map.entry("batch_size", "lang.train-option.batch-size"),
            Map.entry("batchsize", "lang.train-option.batch-size"),
            Map.entry("learning_rate", "lang.train-option.learning-rate"),
            Map.entry("lr", "lang.train-option.learning-rate"),
            Map.entry("verbose", "lang.train-option.verbose"),
            Map.entry("validation_data", "lang.train-option.validation-data"),
            Map.entry("validation_split", "lang.train-option.validation-split"),
            Map.entry("callbacks", "lang.train-option.early-stopping"),
            Map.entry("early_stopping", "lang.train-option.early-stopping"),
            Map.entry("patience", "lang.train-option.early-stopping"),
            Map.entry("criterion", "lang.train-option.loss"),
            Map.entry("loss_fn", "lang.train-option.loss"),
            Map.entry("metrics", "lang.train-option.metrics"),
            Map.entry("n_epochs", "lang.train-option.epochs"),
            Map.entry("num_epochs", "lang.train-option.epochs"),
            Map.entry("max_epochs", "lang.train-option.epochs"));

    /** The kinds of plot, as the plot statement names them (nn.interp.lib.plot.PlotFeatures.KINDS). */
    static final List<String> PLOT_KINDS = List.of("boundary", "loss", "regions", "data", "curve", "image", "images", "mistakes", "weights");

    /** Words that start a statement and never an expression: where one follows an open '(' the bracket was left open. */
    private static final Set<String> STATEMENT_WORDS = Set.of("print", "show", "if", "for", "while", "fn", "return",
            "break", "continue", "precision", "backward", "explain", "gradcheck", "network", "unit", "gate", "dataset",
            "save", "assert", "expect", "else");

    /** Throws a tailored error when the tokens around {@code bad} show one of the forms above; returns otherwise. */
    static void check(SourceFile file, Parser parser, Token previous, Token bad, Token following, Function<Token, Span> spanOf) {
        String b = bad.getText(), p = previous == null ? "" : previous.getText();
        Token first = Habits.statementStart(parser, bad);
        String start = first == null ? "" : first.getText();
        Token opener = SyntaxErrors.unclosedOpener(parser, bad);

        if (opener != null && opener.getText().equals("{")) {
            if (isTrainBlock(parser, opener)) trainOption(file, parser, opener, previous, bad, spanOf);
            if (isDataset(parser, opener)) dataset(parser, opener, bad, spanOf);
        }
        // E.backward(), net.save("f"), net.train(…): statements written as methods.
        if (p.equals(".") && (b.equals("backward") || b.equals("save") || b.equals("train"))) {
            String target = first == null ? "x" : text(file, first, SyntaxErrors.previousToken(parser, previous));
            String hint = switch (b) {
                case "backward" -> Messages.t("lang.form.backward-hint", target);
                case "save" -> Messages.t("lang.form.save-hint", target, "\"" + target + ".json\"");
                default -> Messages.t("lang.form.train-hint", target, "DATA", "100");
            };
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.form.statement-not-method", b), hint);
        }
        // save(net, "n.json")
        if (start.equals("save") && first != null && Habits.nextVisible(parser, first) != null && Habits.nextVisible(parser, first).getText().equals("(")) {
            String[] args = arguments(file, Habits.nextVisible(parser, first));
            throw SyntaxErrors.fail(spanOf.apply(first), Messages.t("lang.form.statement-not-function", "save"),
                    Messages.t("lang.form.save-hint", args.length == 2 ? args[0] : "net", args.length == 2 ? args[1] : "\"net.json\""));
        }
        // train(net, data, epochs = 10)
        if (p.equals("train") && b.equals("(")) {
            String[] args = arguments(file, bad);
            String epochs = "100";
            for (String a : args) if (a.matches("epochs\\s*=\\s*\\S+")) epochs = a.replaceFirst("epochs\\s*=\\s*", "");
            throw SyntaxErrors.fail(spanOf.apply(previous), Messages.t("lang.form.train-not-function"),
                    Messages.t("lang.form.train-hint", args.length >= 2 ? args[0] : "net", args.length >= 2 ? args[1] : "data", epochs));
        }
        // plot h: a plot names its kind first.
        if (start.equals("plot") && first != null && Habits.nextVisible(parser, first) == previous && previous.getType() == NNLexer.ID
                && (bad.getType() == NNLexer.NL || bad.getType() == Token.EOF || b.equals(";")) && !PLOT_KINDS.contains(p))
            throw SyntaxErrors.fail(spanOf.apply(previous), Messages.t("lang.form.plot-kind", p),
                    Messages.t("lang.form.plot-kind-hint", p, String.join(", ", PLOT_KINDS)));
        // net = 2 -> dense(2, relu) -> dense(1)
        if (b.equals("->") && opener == null && first != null && first.getType() == NNLexer.ID && Habits.nextVisible(parser, first) != null
                && Habits.nextVisible(parser, first).getText().equals("=")) {
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.form.network-word"),
                    Messages.t("lang.form.network-word-hint", restOfLine(file, first.getStartIndex())));
        }
        // for (i = 0; i < 3; i++) { … }, for i = 0 to 3 { … }
        if (start.equals("for") && (previous == first && !(bad.getType() == NNLexer.ID) || b.equals("=") || b.equals("to")))
            throw SyntaxErrors.fail(spanOf.apply(first), Messages.t("lang.form.for"), Messages.t("lang.form.for-hint"));
        // x = (1 +  … then the next line: the '(' was never closed.
        if (opener != null && !opener.getText().equals("{")) {
            Token late = lateStatement(opener, previous, bad, following);
            if (late != null)
                throw SyntaxErrors.fail(spanOf.apply(opener), Messages.t("lang.form.never-closed", opener.getText(),
                                spanOf.apply(opener).line() + ":" + spanOf.apply(opener).column()),
                        Messages.t("lang.form.never-closed-hint", opener.getText().equals("(") ? ")" : "]"));
        }
        // x = (1 + 2))
        if ((b.equals(")") || b.equals("]")) && opener == null)
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.form.unmatched", b),
                    Messages.t("lang.form.unmatched-hint", b, b.equals(")") ? "(" : "["));
    }

    /** The statement word after an open bracket, on a later line: the bracket's statement ran on into the next. */
    private static Token lateStatement(Token opener, Token previous, Token bad, Token following) {
        for (Token t : new Token[] {bad, following}) {
            if (t == null || t.getLine() <= opener.getLine()) continue;
            // Only after an operator or a comma, where "expected an expression after '+'" would be all that is said;
            // after a whole expression the message "expected ')' to close …" already names the bracket.
            Token before = t == bad ? previous : bad;
            boolean unfinished = before != null && (SyntaxErrors.BINARY_OPERATORS.contains(before.getText())
                    || before.getText().equals(",") || before.getText().equals("(") || before.getText().equals("["));
            if (unfinished && (STATEMENT_WORDS.contains(t.getText()) || t.getType() == Token.EOF)) return t;
        }
        return null;
    }

    /** A train block's option written as another tool writes it; returns when the error is not about the option's form. */
    private static void trainOption(SourceFile file, Parser parser, Token opener, Token previous, Token bad, Function<Token, Span> spanOf) {
        Token option = optionStart(parser, opener, bad);
        String b = bad.getText();
        if (option == null) return;
        String word = option.getText();
        boolean isWord = Character.isLetter(word.codePointAt(0)) || word.startsWith("_");
        if (isWord && !TRAIN_OPTIONS.contains(word)) {
            String key = FOREIGN_OPTIONS.get(word);
            String value = optionValue(file, option.getStopIndex() + 1);
            if (value.isEmpty() || value.length() > 20 || value.contains("=")) value = key == null ? "" : switch (key) {
                case "lang.train-option.batch-size" -> "32";
                case "lang.train-option.learning-rate" -> "0.1";
                default -> "100";
            };
            String near = key != null ? Messages.t(key, value) : Names.suggest(word, TRAIN_OPTIONS);
            throw SyntaxErrors.fail(spanOf.apply(option), Messages.t("lang.train-option.unknown", Names.quoted(word)),
                    near != null ? Messages.t("lang.train-option.with-list", near, OPTIONS_LISTED)
                            : Messages.t("lang.train-option.options-are", OPTIONS_LISTED));
        }
        if (!isWord) return;
        if (word.equals("stop") && b.equals("="))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.assign-in-condition"), Messages.t("lang.syntax.compare-with-double-equals"));
        boolean afterWord = previous == option || previous != null && Set.of("every", "on", "split", "best").contains(previous.getText());
        if ((b.equals("=") || b.equals(":")) && afterWord) {
            String value = optionValue(file, bad.getStopIndex() + 1);
            if (word.equals("loss") || word.equals("dtype")) value = value.replace("\"", "");
            String written = text(file, option, previous) + (value.isEmpty() ? " …" : " " + value);
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.train-option.no-equals", b),
                    Messages.t("lang.train-option.no-equals-hint", written));
        }
        if (b.equals(",") && SyntaxErrors.unclosedOpener(parser, bad) == opener)
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.train-option.comma"), Messages.t("lang.train-option.comma-hint"));
    }

    /** The first token of the option that {@code bad} is in: after the last new line or ';' of the block. */
    private static Token optionStart(Parser parser, Token opener, Token bad) {
        TokenStream stream = parser.getInputStream();
        int depth = 0;
        Token start = bad;
        for (int i = bad.getTokenIndex() - 1; i > opener.getTokenIndex(); i--) {
            Token x = stream.get(i);
            if (x.getChannel() != Token.DEFAULT_CHANNEL) continue;
            String s = x.getText();
            if (s.equals(")") || s.equals("]") || s.equals("}")) depth++;
            else if (s.equals("(") || s.equals("[") || s.equals("{")) depth--;
            if (depth == 0 && (x.getType() == NNLexer.NL || s.equals(";"))) break;
            start = x;
        }
        if (start.getType() == NNLexer.NL || start.getText().equals(";") || start.getType() == Token.EOF) return null;
        return start;
    }

    /** Whether the '{' opens a train block: its statement holds 'train … on' before it. */
    private static boolean isTrainBlock(Parser parser, Token open) {
        Token before = SyntaxErrors.previousToken(parser, open);
        if (before == null || before.getText().equals("on")) return false;  // train n on { [0] -> 1 } …: the data's braces
        TokenStream stream = parser.getInputStream();
        int depth = 0;
        boolean on = false;
        for (int i = open.getTokenIndex() - 1; i >= 0; i--) {
            Token x = stream.get(i);
            if (x.getChannel() != Token.DEFAULT_CHANNEL) continue;
            String s = x.getText();
            if (s.equals(")") || s.equals("]")) depth++;
            else if (s.equals("(") || s.equals("[")) depth--;
            if (depth < 0) return false;
            if (depth > 0) continue;
            if (x.getType() == NNLexer.NL || s.equals(";") || s.equals("{") || s.equals("}")) return false;
            if (s.equals("on")) on = true;
            if (s.equals("train")) return on;
        }
        return false;
    }

    /** Whether the '{' opens a dataset written in place: after '=', '(', '[', ',', 'on' or 'in'. */
    private static boolean isDataset(Parser parser, Token open) {
        Token before = SyntaxErrors.previousToken(parser, open);
        if (before == null) return false;
        return Set.of("=", "(", "[", ",", "on", "in").contains(before.getText());
    }

    /** In a dataset's braces: examples separated by ',', or something that is not an example. */
    private static void dataset(Parser parser, Token opener, Token bad, Function<Token, Span> spanOf) {
        String b = bad.getText();
        Token example = optionStart(parser, opener, bad);
        boolean arrow = false;
        if (example != null)
            for (int i = example.getTokenIndex(); i < bad.getTokenIndex(); i++)
                if (parser.getInputStream().get(i).getText().equals("->")) arrow = true;
        if (b.equals(",") && arrow && SyntaxErrors.unclosedOpener(parser, bad) == opener)
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.form.dataset-comma"), Messages.t("lang.form.dataset-hint"));
        boolean ends = b.equals("}") || b.equals(";") || b.equals(",") || bad.getType() == NNLexer.NL;
        if (ends && !arrow && example != null && SyntaxErrors.unclosedOpener(parser, bad) == opener)
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.form.dataset-braces"), Messages.t("lang.form.dataset-hint"));
    }

    /** The source text from the start of {@code from} to the end of {@code to}. */
    private static String text(SourceFile file, Token from, Token to) {
        if (to == null || to.getStopIndex() < from.getStartIndex()) return from.getText();
        return file.text().substring(from.getStartIndex(), to.getStopIndex() + 1).strip();
    }

    /** The rest of the line from {@code offset}, without a comment or trailing spaces. */
    private static String restOfLine(SourceFile file, int offset) {
        String s = file.text();
        int end = offset;
        boolean string = false;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            char c = s.charAt(end);
            if (c == '"') string = !string;
            if (c == '#' && !string) break;
            end++;
        }
        return s.substring(offset, end).strip();
    }

    /** An option's value after '=' or ':': up to the end of the line, a ';', a ',' or the block's '}' outside brackets. */
    private static String optionValue(SourceFile file, int offset) {
        String rest = restOfLine(file, offset);
        int depth = 0;
        boolean string = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '"') string = !string;
            if (string) continue;
            if (c == '(' || c == '[' || c == '{') depth++;
            else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) return rest.substring(0, i).strip();
            else if ((c == ';' || c == ',') && depth == 0) return rest.substring(0, i).strip();
        }
        return rest.strip();
    }

    /** The arguments written between the '(' at {@code open} and its ')', split at the top-level commas. */
    private static String[] arguments(SourceFile file, Token open) {
        String s = file.text();
        List<String> out = new java.util.ArrayList<>();
        int depth = 0, from = open.getStopIndex() + 1;
        boolean string = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && depth == 0) break;
            if (c == '"') string = !string;
            if (string) continue;
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') {
                if (depth-- == 0) {
                    out.add(s.substring(from, i).strip());
                    return out.stream().filter(a -> !a.isEmpty()).toArray(String[]::new);
                }
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(from, i).strip());
                from = i + 1;
            }
        }
        return new String[0];
    }
}
