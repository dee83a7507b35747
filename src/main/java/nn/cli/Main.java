package nn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nn.interp.Limits;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;
import nn.repl.Repl;
import nn.run.Session;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code nn} command: run a script, or start the REPL when no script is named. */
@Command(name = "nn", mixinStandardHelpOptions = true, version = "nn 0.1.0",
        description = "A small language and REPL for learning neural networks.%n"
                + "  nn               start the REPL%n  nn FILE.nn       run a script (also: nn run FILE.nn)",
        subcommands = {Main.RunCommand.class, Main.BenchCommand.class, SimilarCommand.class})
public final class Main implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a script to run")
    Path file;

    @CommandLine.Mixin
    BudgetOptions budgets = new BudgetOptions();

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (0, 64 usage, 65 syntax, 70 runtime). */
    public static int execute(String... args) {
        Integer quick = withoutOptions(args);
        if (quick != null) return quick;
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 64);
        cli.setParameterExceptionHandler((ex, a) -> {
            System.err.println("nn: " + ex.getMessage());
            System.err.println("usage: nn [options] [FILE.nn]    (nn --help lists the options)");
            return 64;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                System.err.println("nn: " + pe.getMessage());
                return 64;
            }
            System.err.println("internal error: " + ex + " — this is a bug in nn; please report it");
            return 70;
        });
        return cli.execute(args);
    }

    /**
     * The common forms ({@code nn}, {@code nn FILE}, {@code nn run FILE}) with default budgets skip picocli:
     * its classes are compiled for Java 5, which class-data sharing cannot archive, and starting it costs
     * about 100 ms — half of a script's start-up. Anything with an option goes through picocli.
     */
    private static Integer withoutOptions(String[] args) {
        for (String a : args) if (a.startsWith("-")) return null;
        try {
            if (args.length == 0) return Repl.start(Limits.defaults(), List.of(Path.of("").toAbsolutePath()));
            if (args.length == 1 && !args[0].equals("run") && !args[0].equals("bench") && !args[0].equals("similar")) return runScript(Path.of(args[0]), new BudgetOptions());
            if (args.length == 2 && args[0].equals("run")) return runScript(Path.of(args[1]), new BudgetOptions());
        } catch (IOException e) {
            System.err.println("nn: " + e.getMessage());
            return 74;
        }
        return null;
    }

    @Override
    public Integer call() throws IOException {
        budgets.applyThreads();
        if (file == null) return Repl.start(budgets.limits(), budgets.allowedDirs(Path.of("").toAbsolutePath()));
        return runScript(file, budgets);
    }

    static int runScript(Path file, BudgetOptions budgets) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            System.err.println("nn: cannot open " + file + ": no such file");
            return 64;
        } catch (IOException e) {
            System.err.println("nn: cannot read " + file + ": " + e.getMessage());
            return 64;
        }
        SourceFile source;
        try {
            source = SourceFile.decode(file.toString(), bytes);
        } catch (Diagnostic.Failure f) {
            f.diagnostics().forEach(d -> System.err.print(DiagnosticPrinter.render(d)));
            return 65;
        }
        Path folder = file.toAbsolutePath().getParent();
        Session session = new Session(budgets.limits(), budgets.allowedDirs(folder), System.out, System.err, false);
        return session.run(source).exitCode;
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a script.")
    static final class RunCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(arity = "1", paramLabel = "FILE", description = "the script to run")
        Path file;

        @CommandLine.Mixin
        BudgetOptions budgets = new BudgetOptions();

        @Override
        public Integer call() {
            parent.budgets.applyThreads();
            budgets.applyThreads();
            return runScript(file, budgets);
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Run a benchmark and print its figures: xor (10,000 epochs of the 2-2-1 XOR network), "
                    + "train (784-128-64-10 MLP samples/s), matmul (GFLOPS), mlpstep (one engine-level training step), "
                    + "similar (nn similar on 500 submissions).")
    static final class BenchCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(index = "0", arity = "1", paramLabel = "NAME", description = "xor, train, matmul, mlpstep or similar")
        String name;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "ARGS", description = "passed to the benchmark")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            parent.budgets.applyThreads();
            String[] a = args.toArray(String[]::new);
            switch (name) {
                case "xor" -> nn.bench.XorBench.main(a);
                case "train" -> nn.bench.TrainBench.main(a);
                case "matmul" -> nn.bench.MatmulBench.main(a);
                case "mlpstep" -> nn.bench.MlpStepBench.main(a);
                case "similar" -> {
                    try {
                        nn.similar.SimilarBench.main(a);
                    } catch (java.io.IOException e) {
                        System.err.println("nn: " + e.getMessage());
                        return 74;
                    }
                }
                default -> {
                    System.err.println("nn: no benchmark called '" + name + "'; choose xor, train, matmul, mlpstep or similar");
                    return 64;
                }
            }
            return 0;
        }
    }

    /** The budget and sandbox flags shared by every command. */
    static final class BudgetOptions {
        @Option(names = "--max-steps", paramLabel = "N", description = "statements, iterations and calls a run may execute (default ${DEFAULT-VALUE})")
        long maxSteps = Limits.defaults().maxSteps();

        @Option(names = "--timeout", paramLabel = "TIME", converter = Sizes.DurationConverter.class,
                description = "wall time a run may take, like 10s, 500ms, 2m (default 10m)")
        java.time.Duration timeout;

        @Option(names = "--max-memory", paramLabel = "SIZE", converter = Sizes.BytesConverter.class,
                description = "largest matrix data one operation may allocate, like 512m, 2g (default 2g)")
        Long maxMemory;

        @Option(names = "--max-depth", paramLabel = "N", description = "nested function calls (default ${DEFAULT-VALUE})")
        int maxDepth = Limits.defaults().maxDepth();

        @Option(names = "--max-output", paramLabel = "N", description = "characters a run may print (default ${DEFAULT-VALUE})")
        long maxOutput = Limits.defaults().maxOutputChars();

        @Option(names = "--allow-dir", paramLabel = "DIR", description = "another folder scripts may read from and write to")
        List<Path> allowDirs = new ArrayList<>();

        @Option(names = "--threads", paramLabel = "N", description = "worker threads for matrix kernels (default: all cores)")
        Integer threads;

        /** Picocli checks values at parse time, so bad flags are usage errors (64), never stack traces. */
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;

        /** Deeper than this, the interpreter thread's stack (1 GiB) could overflow before the budget counts. */
        static final int DEPTH_CEILING = 100_000;

        Limits limits() {
            if (maxDepth < 1 || maxDepth > DEPTH_CEILING)
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--max-depth must be between 1 and " + DEPTH_CEILING + ", got " + maxDepth);
            Limits l = Limits.defaults().withSteps(maxSteps).withDepth(maxDepth).withOutput(maxOutput);
            if (timeout != null) l = l.withTimeout(timeout);
            if (maxMemory != null) l = l.withMemory(maxMemory);
            return l;
        }

        List<Path> allowedDirs(Path base) {
            List<Path> out = new ArrayList<>();
            out.add(base);
            out.addAll(allowDirs);
            return out;
        }

        void applyThreads() {
            if (threads != null) {
                if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads needs at least 1");
                nn.tensor.parallel.Parallel.setThreads(threads);
            }
        }
    }
}
