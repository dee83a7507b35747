package nn.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nn.i18n.Lang;
import nn.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What a wrong command line gets told. In English that is picocli's own sentence, as it always was, except
 * for a value of the wrong type (picocli would name a Java type); in another language the sentence is nn's, rebuilt from what the exception knows (its kind, the option or
 * positional it is about, the value given), never translated word by word from picocli's text. Where
 * picocli keeps a detail only in its text (the word an option found instead of its value, the options of a
 * mutually exclusive group) that detail is read back from the text; the tests pin each kind, so a picocli
 * upgrade that rewords one fails a test rather than printing English.
 */
final class UsageErrors {
    private UsageErrors() {}

    private static final Pattern FOUND_INSTEAD = Pattern.compile("Expected parameter .*but found '(.*)'$", Pattern.DOTALL);
    private static final Pattern EXCLUSIVE = Pattern.compile("^Error: (.+) are mutually exclusive", Pattern.DOTALL);

    /** A usage error in nn's own words, already in the current language (a budget out of range, a bad --shard). */
    static final class Said extends CommandLine.ParameterException {
        @java.io.Serial private static final long serialVersionUID = 1L;

        Said(CommandLine cli, String message) { super(cli, message); }
    }

    /**
     * A {@link Said}, typed as the JDK's RuntimeException for a class on every start's path (Main.BudgetOptions):
     * verifying a {@code throw new Said(...)} loads Said and picocli's exceptions, which the start-up cache cannot
     * hold (picocli's classes are compiled for Java 5), so every start would open the 8 MB jar to read them.
     */
    static RuntimeException said(CommandLine cli, String message) { return new Said(cli, message); }

    /** The message for {@code ex} in the current language (without the leading {@code nn: }). */
    static String message(CommandLine.ParameterException ex) {
        if (ex instanceof Said) return ex.getMessage();
        // A value of the wrong type is said in nn's words in English too: picocli names Java's types
        // ('abc' is not a long), which a student has no reason to know.
        if (Messages.lang() == Lang.EN && !wrongValue(ex)) return ex.getMessage();
        String text = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) return unmatched(u, text);
        if (ex instanceof CommandLine.MissingParameterException m) return missing(m, text);
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            Matcher names = EXCLUSIVE.matcher(text);
            if (names.find()) return Messages.t("cli.usage.exclusive", names.group(1));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null)
            return Messages.t("cli.usage.once", name(o.getOverwritten()));
        if (ex.getArgSpec() != null && ex.getValue() != null) return invalidValue(ex.getArgSpec(), ex.getValue(), ex.getCause());
        return other(ex);
    }

    /** A value picocli could not convert to the option's or positional's type (its exception has no kind of its own). */
    private static boolean wrongValue(CommandLine.ParameterException ex) {
        return ex.getClass() == CommandLine.ParameterException.class && ex.getArgSpec() != null && ex.getValue() != null;
    }

    /**
     * A kind nn did not foresee: its own sentence, complete, naming the command (and the option or
     * argument, when picocli says which) and where to read how it is used; never picocli's English.
     */
    private static String other(CommandLine.ParameterException ex) {
        String command = ex.getCommandLine() == null ? "nn" : ex.getCommandLine().getCommandSpec().qualifiedName();
        ArgSpec spec = ex.getArgSpec();
        return spec == null ? Messages.t("cli.usage.other", command) : Messages.t("cli.usage.other-about", command, name(spec));
    }

    /** Words picocli could not place: unknown options, or arguments beyond what the command takes. */
    private static String unmatched(CommandLine.UnmatchedArgumentException u, String text) {
        List<String> words = u.getUnmatched();
        if (words.isEmpty()) return other(u);
        boolean option = u.isUnknownOption();
        return option ? Messages.t("cli.usage.unknown-options", words.size(), quoted(words))
                : Messages.t("cli.usage.unexpected-arguments", words.size(), quoted(words));
    }

    /** A required option, positional or option value that is not there. */
    private static String missing(CommandLine.MissingParameterException m, String text) {
        List<ArgSpec> specs = m.getMissing();
        if (specs.isEmpty()) return other(m);
        ArgSpec first = specs.get(0);
        Matcher found = FOUND_INSTEAD.matcher(text);
        if (found.find() && first.isOption()) return Messages.t("cli.usage.value-expected", name(first), label(first), found.group(1));
        if (text.startsWith("Missing required parameter for ") && first.isOption())
            return Messages.t("cli.usage.value-missing", name(first), label(first));
        if (text.startsWith("Error: Missing required argument (specify one of these)"))
            return Messages.t("cli.usage.one-of", group(specs));
        if (text.startsWith("Missing required parameter")) {
            // Picocli's exception holds the first missing positional; its text names them all.
            List<String> labels = new ArrayList<>();
            Matcher quoted = Pattern.compile("'([^']*)'").matcher(text);
            while (quoted.find()) labels.add(quoted.group(1));
            if (!labels.isEmpty()) return Messages.t("cli.usage.required-arguments", labels.size(), quoted(labels));
        }
        if (text.startsWith("Missing required") || text.startsWith("Error: Missing required")) {
            long options = specs.stream().filter(ArgSpec::isOption).count();
            if (options == 0) return Messages.t("cli.usage.required-arguments", specs.size(), described(specs));
            if (options == specs.size()) return Messages.t("cli.usage.required-options", specs.size(), described(specs));
            return Messages.t("cli.usage.required-mixed", described(specs));
        }
        return other(m);
    }

    /** A value the option's or positional's type does not take: nn's own converters already said why, in this language. */
    private static String invalidValue(ArgSpec spec, String value, Throwable cause) {
        String why;
        if (spec.converters() != null && spec.converters().length > 0 && cause instanceof CommandLine.TypeConversionException)
            why = cause.getMessage();
        else why = typeProblem(spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type(), value);
        return spec.isOption() ? Messages.t("cli.usage.invalid-option-value", name(spec), why)
                : Messages.t("cli.usage.invalid-argument-value", label(spec), why);
    }

    private static String typeProblem(Class<?> type, String value) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class)
            return Messages.t("cli.usage.not-an-integer", value);
        if (type == double.class || type == Double.class || type == float.class || type == Float.class)
            return Messages.t("cli.usage.not-a-number", value);
        if (type == boolean.class || type == Boolean.class) return Messages.t("cli.usage.not-a-boolean", value);
        if (type == java.nio.file.Path.class || type == java.io.File.class) return Messages.t("cli.usage.not-a-path", value);
        return Messages.t("cli.usage.not-convertible", value);
    }

    /** How a student types it: {@code --max-steps} for an option, the label for a positional. */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }

    private static String label(ArgSpec spec) { return spec.paramLabel(); }

    /** {@code '--out=CARPETA', 'TAREA'}: as the synopsis writes them. */
    private static String described(List<ArgSpec> specs) {
        List<String> parts = new ArrayList<>();
        for (ArgSpec s : specs) {
            if (s instanceof PositionalParamSpec || s.arity().min() == 0) parts.add(name(s));
            else parts.add(name(s) + "=" + s.paramLabel());
        }
        return quoted(parts);
    }

    /** {@code (--gradescope | --prairielearn | --classroom)}. */
    private static String group(List<ArgSpec> specs) {
        List<String> names = new ArrayList<>();
        for (ArgSpec s : specs) names.add(name(s));
        return "(" + String.join(" | ", names) + ")";
    }

    private static String quoted(List<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) q.add("'" + w + "'");
        return String.join(", ", q);
    }
}
