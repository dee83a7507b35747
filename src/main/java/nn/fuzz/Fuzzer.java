package nn.fuzz;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nn.i18n.Lang;
import nn.i18n.Messages;
import nn.interp.Limits;
import nn.interp.Value;
import nn.lang.source.SourceFile;
import nn.repl.Repl;
import nn.run.Session;

/**
 * Runs generated and mutated programs in one JVM under small budgets and reports every input that
 * ends badly: a Throwable escaping the session, an "internal error", a Java stack trace in what was
 * printed, or a run that outlives its time budget by more than a second. Every fourth input runs with
 * Spanish messages, where the same must hold in the other catalogue, and a script's errors must keep
 * their frame ({@code fuzz.nn:3:5: error: …}, hints as {@code sugerencia:}, never the English frame words).
 * Deterministic for a seed. The tests run a few thousand inputs per build; {@code nn fuzz} runs as many as asked.
 */
public final class Fuzzer {
    /**
     * Budgets of one input: small, so that thousands run in a minute, and any hang shows as a late run.
     * The memory budget is the heap's size: a smaller one costs each session a collection to measure
     * its baseline (see {@code Budget}), which would make the fuzzer several times slower.
     */
    public static final Limits LIMITS = new Limits(20_000, Duration.ofMillis(400), Runtime.getRuntime().maxMemory(), 100, 20_000);
    private static final long LATE_MILLIS = LIMITS.timeout().toMillis() + 1000;
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Exception in thread|^java\\.[\\w.]+(Exception|Error)");
    /**
     * The first line of a script's error output: {@code fuzz.nn:3:5: error: }, a REPL command's {@code fuzz.nn:4: error: },
     * or one without a place (a budget: {@code error: time budget exceeded}; {@code nota: se reemplaza results.json}).
     */
    static final Pattern FRAME = Pattern.compile("^([^\\s:][^:\\n]*:\\d+(:\\d+)?: )?(error|warning|aviso|note|nota): ");

    /** The input's language: every fourth runs in Spanish (by its index, so the seed's inputs are the same as ever). */
    static Lang languageOf(long index) { return index % 4 == 3 ? Lang.ES : Lang.EN; }

    /** One input that ended badly; {@code lang} is the language its messages were in. */
    public record Failure(long index, Lang lang, String kind, String input, String output) {
        /** {@code --- input 17: stack trace}, said in the language the fuzzer reports in. */
        public String heading() {
            return lang == Lang.EN ? Messages.t("fuzz.failure-heading", index, kind) : Messages.t("fuzz.failure-heading-spanish", index, kind);
        }
    }

    public record Report(long inputs, List<Failure> failures, long failureCount, long millis) {
        public String summary() {
            return Messages.t("fuzz.summary", inputs, failureCount, String.valueOf(millis / 1000.0));
        }
    }

    private final Random random;
    private final ProgramGenerator generator;
    private final Mutator mutator;
    private final Path folder;

    /** {@code corpusFolders}: where the .nn files to mutate are (samples/, the golden scripts); {@code folder}: the runs' sandbox. */
    public Fuzzer(long seed, List<Path> corpusFolders, Path folder) throws IOException {
        this.random = new Random(seed);
        this.folder = folder;
        List<String> builtins = new ArrayList<>();
        new Session(LIMITS, List.of(folder), nullStream(), nullStream(), false).interpreter().globals().locals()
                .forEach((name, v) -> { if (v instanceof Value.Builtin) builtins.add(name); });
        builtins.sort(null);
        this.generator = new ProgramGenerator(random, builtins);
        List<String> corpus = new ArrayList<>();
        for (Path dir : corpusFolders) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".nn")).sorted().toList()) corpus.add(Files.readString(f));
            }
        }
        if (corpus.isEmpty()) corpus.add("x = 1\nprint x\n");
        this.mutator = new Mutator(random, corpus);
    }

    private static PrintStream nullStream() { return new PrintStream(PrintStream.nullOutputStream()); }

    /** Runs {@code count} inputs; keeps the first {@code keep} failures whole. */
    public Report run(long count, int keep, PrintStream progress) {
        List<Failure> failures = new ArrayList<>();
        long failed = 0, t0 = System.nanoTime();
        Lang reporting = Messages.lang();
        for (long i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String program = kind < 5 ? generator.program() : mutator.mutate();
            String input = kind == 9 ? pipedSession(program) : program;
            Lang lang = languageOf(i);
            Ended ended;
            Messages.use(lang);
            try {
                ended = kind == 9 ? runPiped(input) : runScript(input);
            } finally {
                Messages.use(reporting);
            }
            // Said after the reporting language is back: the input's own messages were in its language.
            Failure f = ended.problem() == null ? null : new Failure(i, lang, ended.problem().say(ended.detail()), input, ended.output());
            if (f != null) {
                failed++;
                if (failures.size() < keep) failures.add(f);
                if (progress != null) progress.println(Messages.t("fuzz.progress-failure", failed, i, f.kind()));
            }
            if (progress != null && (i + 1) % 10_000 == 0)
                progress.println(Messages.t("fuzz.progress", i + 1, failed, (System.nanoTime() - t0) / 1_000_000_000));
        }
        return new Report(count, failures, failed, (System.nanoTime() - t0) / 1_000_000);
    }

    /** A piped REPL session: the program's lines with colon commands mixed in. */
    private String pipedSession(String program) {
        String[] commands = {":vars", ":help", ":load", ":load \"\"", ":load s.nn", ":load ../x.nn", ":reset", ":bogus",
                ":load \u0000", ":v", ":load /dev/zero"};
        StringBuilder out = new StringBuilder();
        for (String line : program.split("\n", -1)) {
            out.append(line).append('\n');
            if (random.nextInt(3) == 0) out.append(commands[random.nextInt(commands.length)]).append('\n');
        }
        return out.append(":vars\n").toString();
    }

    /** How one input ended: {@code problem} is null when it ended cleanly; {@code detail} is the escaped Throwable or the milliseconds. */
    private record Ended(Problem problem, Object detail, String output) {}

    private Ended runScript(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        try {
            Session s = new Session(LIMITS, List.of(folder), print(out), print(err), false);
            s.run(new SourceFile("fuzz.nn", input));
        } catch (Throwable t) {
            return new Ended(Problem.ESCAPED, t, text(out, err));
        }
        String errors = err.toString(StandardCharsets.UTF_8);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Problem p = check(text(out, err), ms);
        if (p == null && !errors.isEmpty() && !FRAME.matcher(errors).find()) p = Problem.NO_FRAME;
        if (p == null) p = wrongFrameWords(errors);
        return new Ended(p, ms, text(out, err));
    }

    private Ended runPiped(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        try {
            PrintStream o = print(out);
            Session s = new Session(LIMITS, List.of(folder), o, o, true);
            Repl.piped(s, o, new BufferedReader(new StringReader(input)));
        } catch (Throwable t) {
            return new Ended(Problem.ESCAPED, t, out.toString(StandardCharsets.UTF_8));
        }
        // A piped session runs many entries, each with its own time budget.
        long entries = input.lines().count();
        long ms = (System.nanoTime() - t0) / 1_000_000 / Math.max(1, entries);
        return new Ended(check(out.toString(StandardCharsets.UTF_8), ms), ms, out.toString(StandardCharsets.UTF_8));
    }

    /** What can go wrong with an input. */
    enum Problem {
        ESCAPED, INTERNAL_ERROR, STACK_TRACE, LATE, NO_FRAME, OTHER_LANGUAGES_FRAME;

        String say(Object detail) {
            return switch (this) {
                case ESCAPED -> Messages.t("fuzz.kind.escaped", String.valueOf(detail));
                case INTERNAL_ERROR -> Messages.t("fuzz.kind.internal-error");
                case STACK_TRACE -> Messages.t("fuzz.kind.stack-trace");
                case LATE -> Messages.t("fuzz.kind.late", detail);
                case NO_FRAME -> Messages.t("fuzz.kind.no-frame");
                case OTHER_LANGUAGES_FRAME -> Messages.t("fuzz.kind.other-languages-frame");
            };
        }
    }

    private static Problem check(String output, long millis) {
        // Both languages' words for an internal error: a Spanish run must not say it in English either.
        if (output.contains("internal error") || output.contains("error interno")) return Problem.INTERNAL_ERROR;
        if (STACK_TRACE.matcher(output).find()) return Problem.STACK_TRACE;
        if (millis > LATE_MILLIS) return Problem.LATE;
        return null;
    }

    /** The frame's words are the run's language's: {@code hint:} in English, {@code sugerencia:} in Spanish, and so on. */
    static Problem wrongFrameWords(String errors) {
        Lang other = Messages.lang() == Lang.EN ? Lang.ES : Lang.EN;
        for (String key : List.of("diagnostic.hint", "diagnostic.note", "diagnostic.warning")) {
            String word = Messages.in(other, key) + ": ";
            for (String line : errors.split("\n", -1)) {
                String t = line.strip();
                if (t.startsWith(word) || line.contains(": " + word)) return Problem.OTHER_LANGUAGES_FRAME;
            }
        }
        return null;
    }

    private static PrintStream print(ByteArrayOutputStream b) { return new PrintStream(b, true, StandardCharsets.UTF_8); }

    private static String text(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    /** {@code nn fuzz [INPUTS] [SEED]}: runs the fuzzer from the project folder and prints its figures and failures. */
    public static int main(long inputs, long seed, PrintStream out) throws IOException {
        Path work = Files.createTempDirectory("nn-fuzz");
        Path data = Path.of("samples", "data");
        Fuzzer f = new Fuzzer(seed, List.of(Path.of("samples"), Path.of("src", "test", "resources", "scripts")), work);
        if (Files.isDirectory(data)) copy(data, work.resolve("data"));
        Report r = f.run(inputs, 20, out);
        for (Failure failure : r.failures()) {
            out.println(failure.heading());
            out.println(failure.input());
            out.println(Messages.t("fuzz.printed-heading"));
            out.println(failure.output().length() > 2000 ? failure.output().substring(0, 2000) + "…" : failure.output());
        }
        out.println(Messages.t("fuzz.done", r.summary(), seed));
        return r.failureCount() == 0 ? 0 : 1;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
