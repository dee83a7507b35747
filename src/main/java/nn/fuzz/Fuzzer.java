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
import nn.interp.Limits;
import nn.interp.Value;
import nn.lang.source.SourceFile;
import nn.repl.Repl;
import nn.run.Session;

/**
 * Runs generated and mutated programs in one JVM under small budgets and reports every input that
 * ends badly: a Throwable escaping the session, an "internal error", a Java stack trace in what was
 * printed, or a run that outlives its time budget by more than a second. Deterministic for a seed.
 * The tests run a few thousand inputs per build; {@code nn fuzz} runs as many as asked.
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

    public record Failure(long index, String kind, String input, String output) {}

    public record Report(long inputs, List<Failure> failures, long failureCount, long millis) {
        public String summary() {
            return inputs + " inputs, " + failureCount + " failed, " + millis / 1000.0 + " s";
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
        for (long i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String input = kind < 5 ? generator.program() : mutator.mutate();
            Failure f = kind == 9 ? runPiped(i, pipedSession(input)) : runScript(i, input);
            if (f != null) {
                failed++;
                if (failures.size() < keep) failures.add(f);
                if (progress != null) progress.println("failure " + failed + " (input " + i + ", " + f.kind() + ")");
            }
            if (progress != null && (i + 1) % 10_000 == 0)
                progress.println((i + 1) + " inputs, " + failed + " failed, " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
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

    private Failure runScript(long index, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        try {
            Session s = new Session(LIMITS, List.of(folder), print(out), print(err), false);
            s.run(new SourceFile("fuzz.nn", input));
        } catch (Throwable t) {
            return new Failure(index, "escaped: " + t, input, text(out, err));
        }
        return check(index, input, text(out, err), (System.nanoTime() - t0) / 1_000_000);
    }

    private Failure runPiped(long index, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        try {
            PrintStream o = print(out);
            Session s = new Session(LIMITS, List.of(folder), o, o, true);
            Repl.piped(s, o, new BufferedReader(new StringReader(input)));
        } catch (Throwable t) {
            return new Failure(index, "escaped: " + t, input, out.toString(StandardCharsets.UTF_8));
        }
        // A piped session runs many entries, each with its own time budget.
        long entries = input.lines().count();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Failure f = check(index, input, out.toString(StandardCharsets.UTF_8), ms / Math.max(1, entries));
        return f;
    }

    private static Failure check(long index, String input, String output, long millis) {
        if (output.contains("internal error")) return new Failure(index, "internal error", input, output);
        if (STACK_TRACE.matcher(output).find()) return new Failure(index, "stack trace", input, output);
        if (millis > LATE_MILLIS) return new Failure(index, "over its time budget: " + millis + " ms", input, output);
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
            out.println("--- input " + failure.index() + ": " + failure.kind());
            out.println(failure.input());
            out.println("--- printed:");
            out.println(failure.output().length() > 2000 ? failure.output().substring(0, 2000) + "…" : failure.output());
        }
        out.println("fuzz: " + r.summary() + " (seed " + seed + ")");
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
