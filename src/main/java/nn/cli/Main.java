package nn.cli;

import nn.i18n.Messages;
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
import nn.repl.TerminalProbe;
import nn.run.Session;
import nn.run.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code nn} command: run a script, or start the REPL when no script is named. */
@Command(name = "nn", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "A small language and REPL for learning neural networks.%n"
                + "  nn               start the REPL%n  nn FILE.nn       run a script (also: nn run FILE.nn)%n"
                + "  nn grade ASSIGNMENT SUBMISSION   grade homework (nn grade --help)%n"
                + "  nn similar FOLDER   submissions that share code (nn similar --help)%n"
                + "  nn kernel install --user   make nn a Jupyter kernel%n"
                + "  nn web           the playground page in the browser (nn web --help)",
        subcommands = {Main.RunCommand.class, Main.BenchCommand.class, GradeCommand.class, KernelCommand.class, Main.FuzzCommand.class,
                SimilarCommand.class, WebCommand.class})
public final class Main implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = HelpTexts.FILE, descriptionKey = "FILE", description = "a script to run")
    Path file;

    @CommandLine.Mixin
    LanguageHelp language = new LanguageHelp();

    @CommandLine.Mixin
    BudgetOptions budgets = new BudgetOptions();

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        nn.i18n.Messages.use(nn.i18n.Lang.fromEnvironment(System.getenv()));
        int status;
        try {
            status = execute(args);
        } catch (OutOfMemoryError e) {
            // A run's own heap exhaustion is its error (Session); this is a command's outside a run: never a Java trace.
            System.err.println("nn: " + Messages.t("diagnostic.error") + ": " + Messages.t("run.heap-exhausted"));
            System.err.println(Messages.t("diagnostic.hint") + ": " + Messages.t("interp.budget.smaller-or-more-heap"));
            status = 70;
        }
        // A script that ended well returns from main: the JVM then ends as after its last thread (the interpreter's
        // and the engine's threads are daemons), without System.exit's log record of the exit, whose first use
        // searches the class path for a logging service and so opens the 8 MB jar: 10 ms of a start's CPU, and 20
        // more of the JIT's, after the script's last line. Any other status or command ends by System.exit.
        if (status != 0 || !scriptRan) System.exit(status);
    }

    /** Whether this process ran one script by the common form (nn FILE, nn run FILE): see {@link #main}. */
    private static boolean scriptRan;

    /** Runs the command line and returns the exit status (0, 64 usage, 65 syntax, 70 runtime). */
    public static int execute(String... given) {
        String[] args;
        try {
            args = LanguageOption.apply(given);
        } catch (LanguageOption.Unknown e) {
            System.err.println("nn: " + Messages.t("cli.lang.unknown", e.getMessage()));
            System.err.println(usageLine("nn"));
            return 64;
        }
        Integer quick = withoutOptions(args);
        if (quick != null) return quick;
        CommandLine cli = new CommandLine(new Main());
        // A benchmark's own options (bench threads --quick) are its arguments; it says which it takes.
        cli.getSubcommands().get("bench").setUnmatchedOptionsArePositionalParams(true);
        HelpTexts.apply(cli, Messages.lang());
        cli.setExitCodeExceptionMapper(e -> 64);
        cli.setParameterExceptionHandler((ex, a) -> {
            System.err.println("nn: " + UsageErrors.message(ex));
            System.err.println(usageLine(commandPath(ex.getCommandLine())));
            return 64;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CommandLine.ParameterException pe) {
                System.err.println("nn: " + UsageErrors.message(pe));
                return 64;
            }
            System.err.println(Messages.t("diagnostic.internal") + ": " + Messages.t("cli.internal-error", String.valueOf(ex)));
            return 70;
        });
        return cli.execute(args);
    }

    /** The line after a usage error: how the command is used, and where its options are listed. */
    static String usageLine(String command) {
        return command.equals("nn") ? Messages.t("cli.usage-line") : Messages.t("cli.usage-line-command", command);
    }

    /** "nn", "nn grade", "nn grade merge": the command a usage error is about, as the user typed it. */
    private static String commandPath(CommandLine c) {
        StringBuilder path = new StringBuilder();
        for (CommandLine at = c; at != null && at.getParent() != null; at = at.getParent()) path.insert(0, " " + at.getCommandName());
        return "nn" + path;
    }

    /** Words that name a subcommand rather than a script ({@code nn grade} is not the file "grade"). */
    private static final java.util.Set<String> SUBCOMMANDS = java.util.Set.of("run", "bench", "grade", "kernel", "similar", "fuzz", "web");

    /**
     * The common forms ({@code nn}, {@code nn FILE}, {@code nn run FILE}) with default budgets skip picocli:
     * its classes are compiled for Java 5, which class-data sharing cannot archive, and starting it costs
     * about 100 ms — half of a script's start-up. Anything with an option goes through picocli.
     */
    private static Integer withoutOptions(String[] args) {
        for (String a : args) if (a.startsWith("-") && !a.equals("-")) return null;
        if (args.length == 0 || !SUBCOMMANDS.contains(args[0]) || args[0].equals("run")) prepareParser();
        try {
            if (args.length == 0) return Repl.start(Limits.defaults(), List.of(Path.of("").toAbsolutePath()));
            if (args.length == 1 && !SUBCOMMANDS.contains(args[0])) {
                scriptRan = true;
                return runScript(Path.of(args[0]), new BudgetOptions());
            }
            if (args.length == 2 && args[0].equals("run")) {
                scriptRan = true;
                return runScript(Path.of(args[1]), new BudgetOptions());
            }
        } catch (IOException e) {
            System.err.println("nn: " + nn.io.IoReasons.said(e));
            return 74;
        }
        return null;
    }

    /** The parser's tables are built on a thread of their own while the session is made (see Parsers.prepare). */
    private static void prepareParser() {
        Thread t = new Thread(nn.lang.syntax.Parsers::prepare, "nn-parser-setup");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Integer call() throws IOException {
        budgets.applyThreads();
        if (file == null) return Repl.start(budgets.limits(), budgets.allowedDirs(Path.of("").toAbsolutePath()));
        return runScript(file, budgets);
    }

    static int runScript(Path file, BudgetOptions budgets) {
        byte[] bytes;
        boolean stdin = file.toString().equals("-");
        try {
            // "-" is the script on standard input (nn - < hw.nn), read as strictly as a file.
            bytes = stdin ? System.in.readAllBytes() : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            System.err.println("nn: " + Messages.t("cli.no-such-file", file));
            return 64;
        } catch (IOException e) {
            // The JDK says "Is a directory" in English only, without a type of its own to tell it by.
            String why = !stdin && Files.isDirectory(file) ? Messages.t("io.is-a-folder") : nn.io.LinkFreeFiles.reason(e);
            System.err.println("nn: " + Messages.t("cli.cannot-read", file, why));
            return 64;
        }
        SourceFile source;
        try {
            source = SourceFile.decode(stdin ? "stdin" : file.toString(), bytes);
        } catch (Diagnostic.Failure f) {
            f.diagnostics().forEach(d -> System.err.print(DiagnosticPrinter.render(d)));
            return 65;
        }
        Session session = new Session(budgets.limits(), budgets.allowedDirs(scriptFolder(file)), System.out, System.err, false,
                TerminalProbe.forScripts());
        return session.run(source).exitCode;
    }

    /**
     * The folder a script may use: its own. A script read from standard input or a device
     * ({@code nn /dev/stdin < hw.nn}) has none — otherwise /dev would be its folder — and may use only
     * what --allow-dir names.
     */
    static Path scriptFolder(Path file) {
        if (file.toString().equals("-")) return null;
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) return null;
        try {
            if (!Files.isRegularFile(absolute.toRealPath())) return null;
        } catch (IOException e) {
            return null;
        }
        return absolute.getParent();
    }

    @Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = "Run a script.")
    static final class RunCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(arity = "1", paramLabel = HelpTexts.FILE, descriptionKey = "nn.run.FILE", description = "the script to run")
        Path file;

        @CommandLine.Mixin
        LanguageHelp language = new LanguageHelp();

        @CommandLine.Mixin
        BudgetOptions budgets = new BudgetOptions();

        @Override
        public Integer call() {
            parent.budgets.applyThreads();
            budgets.applyThreads();
            return runScript(file, budgets);
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
            description = "Run a benchmark and print its figures: xor (10,000 epochs of the 2-2-1 XOR network), "
                    + "train (784-128-64-10 MLP samples/s), validation (what validate on adds to an epoch), matmul (GFLOPS), threads (every row on 1 and on 2 engine threads, interleaved), mlpstep (one engine-level training step); alloc (memory allocated per training step); "
                    + "compare (nn against PyTorch and numpy, interleaved: bench/compare.py, started by the ./nn launcher); "
                    + "serve (the nn side of compare); grade (nn grade on 100 sample submissions with 2 jobs); "
                    + "similar (nn similar on 500 submissions); plots (plot images of 25 digits, a 40-frame boundary GIF).")
    static final class BenchCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Main parent;

        @Parameters(index = "0", arity = "1", paramLabel = HelpTexts.NAME, descriptionKey = "nn.bench.NAME", description = "xor, train, validation, matmul, threads, mlpstep, alloc, compare, serve, grade, similar or plots")
        String name;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = HelpTexts.ARGS, descriptionKey = "nn.bench.ARGS", description = "passed to the benchmark")
        List<String> args = new ArrayList<>();

        /** Its own command line: a wrong name or argument is said with nn bench's usage line. */
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            parent.budgets.applyThreads();
            Bench bench = bench(name);
            if (bench == null) {
                String why = switch (name) {
                    case "startup" -> Messages.t("bench.startup-needs-launcher");
                    case "compare" -> Messages.t("bench.compare-needs-launcher");
                    default -> null;
                };
                if (why == null) throw new UsageErrors.Said(spec.commandLine(), Messages.t("bench.unknown", name));
                System.err.println("nn: " + why);
                return 64;
            }
            try {
                bench.run(args.toArray(String[]::new));
                return 0;
            } catch (nn.bench.BenchArgs.Bad bad) {
                throw new UsageErrors.Said(spec.commandLine(), bad.getMessage());
            } catch (IOException e) {
                System.err.println("nn: bench " + name + ": " + nn.io.IoReasons.said(e));
                return 74;
            }
        }

        /** A benchmark's entry point: its arguments, its figures on standard output. */
        @FunctionalInterface
        interface Bench {
            void run(String[] args) throws IOException;
        }

        /** The benchmark of that name; null for one that runs only from the launcher, or none. */
        static Bench bench(String name) {
            return switch (name) {
                case "xor" -> nn.bench.XorBench::main;
                case "train" -> nn.bench.TrainBench::main;
                case "validation" -> nn.bench.ValidationBench::main;
                case "matmul" -> nn.bench.MatmulBench::main;
                case "threads" -> nn.bench.ThreadsBench::main;
                case "mlpstep" -> nn.bench.MlpStepBench::main;
                case "plots" -> nn.bench.PlotBench::main;
                case "alloc" -> nn.bench.StepAllocBench::main;
                case "similar" -> nn.similar.SimilarBench::main;
                case "grade" -> nn.bench.GradeBench::main;
                case "serve" -> nn.bench.Serve::main;
                default -> null;
            };
        }
    }

    /** {@code --version}: the pom's version, through {@link Version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() { return new String[] {"nn " + Version.get()}; }
    }

    @Command(name = "fuzz", mixinStandardHelpOptions = true,
            description = "Run generated and mutated programs (from samples/ and the golden scripts) under small budgets "
                    + "and report any that crash, hang or print an internal error. Run it from the project folder.")
    static final class FuzzCommand implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = HelpTexts.INPUTS, descriptionKey = "nn.fuzz.INPUTS", description = "how many inputs (default ${DEFAULT-VALUE})")
        long inputs = 300_000;

        @Option(names = "--seed", paramLabel = "N", description = "the generator's seed (default ${DEFAULT-VALUE})")
        long seed = 1;

        /** Its own command line, so that a bad INPUTS is said with nn fuzz's usage line, not nn's. */
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (inputs < 1) throw new UsageErrors.Said(spec.commandLine(), Messages.t("cli.fuzz.inputs-at-least-one", inputs));
            return nn.fuzz.Fuzzer.main(inputs, seed, System.out);
        }
    }

    /** The budget and sandbox flags shared by every command. */
    static final class BudgetOptions {
        @Option(names = "--max-steps", paramLabel = "N", description = "statements, iterations and calls a run may execute (default ${DEFAULT-VALUE})")
        long maxSteps = Limits.defaults().maxSteps();

        @Option(names = "--timeout", paramLabel = HelpTexts.TIME, converter = Sizes.DurationConverter.class,
                description = "wall time a run may take, like 10s, 500ms, 2m (default 10m)")
        java.time.Duration timeout;

        @Option(names = "--max-memory", paramLabel = HelpTexts.SIZE, converter = Sizes.BytesConverter.class,
                description = "largest matrix data one operation may allocate, like 512m, 2g (default 2g)")
        Long maxMemory;

        @Option(names = "--max-depth", paramLabel = "N", description = "nested function calls (default ${DEFAULT-VALUE})")
        int maxDepth = Limits.defaults().maxDepth();

        @Option(names = "--max-output", paramLabel = "N", description = "characters a run may print (default ${DEFAULT-VALUE})")
        long maxOutput = Limits.defaults().maxOutputChars();

        @Option(names = "--allow-dir", paramLabel = HelpTexts.DIR, description = "another folder scripts may read from and write to")
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
                throw UsageErrors.said(spec.commandLine(),
                        Messages.t("cli.option-range", "--max-depth", DEPTH_CEILING, maxDepth));
            if (maxSteps < 1)
                throw UsageErrors.said(spec.commandLine(),
                        Messages.t("cli.option-range", "--max-steps", Long.MAX_VALUE, maxSteps));
            if (maxOutput < 1)
                throw UsageErrors.said(spec.commandLine(),
                        Messages.t("cli.option-range", "--max-output", Long.MAX_VALUE, maxOutput));
            for (Path dir : allowDirs)
                if (!Files.isDirectory(dir))
                    throw UsageErrors.said(spec.commandLine(),
                            Messages.t("cli.allow-dir-missing", dir));
            Limits l = Limits.defaults().withSteps(maxSteps).withDepth(maxDepth).withOutput(maxOutput);
            if (timeout != null) l = l.withTimeout(timeout);
            if (maxMemory != null) l = l.withMemory(maxMemory);
            return l;
        }

        /** The script's folder first (relative names start there), when it has one; then --allow-dir's. */
        List<Path> allowedDirs(Path base) {
            List<Path> out = new ArrayList<>();
            if (base != null) out.add(base);
            out.addAll(allowDirs);
            return out;
        }

        void applyThreads() {
            if (threads != null) {
                if (threads < 1) throw UsageErrors.said(spec.commandLine(), Messages.t("cli.at-least-one", "--threads"));
                nn.tensor.parallel.Parallel.setThreads(threads);
            }
        }
    }
}
