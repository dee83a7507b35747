package nn.grade;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nn.interp.Budget;
import nn.interp.Interpreter;
import nn.interp.Limits;
import nn.interp.Output;
import nn.interp.Sandbox;
import nn.lang.ast.AssignmentSettings;
import nn.lang.ast.Stmt;
import nn.lang.check.Definitions;
import nn.lang.check.Resolver;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;

/**
 * An assignment file, parsed and checked: its title and settings, its tests in order, and the helpers
 * (every other statement: fns, datasets) that run after the submission and before the tests.
 */
public record Assignment(SourceFile source, String title, AssignmentSettings settings, List<Stmt.Test> tests,
                         List<Stmt> helpers, String hash, Path folder) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MEMORY = 512L << 20;
    public static final long DEFAULT_STEPS = 100_000_000L;

    /** Reads and checks {@code file}; any problem is a {@link Diagnostic.Failure} in the one error format. */
    public static Assignment load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Diagnostic.Failure(Diagnostic.plain(Messages.t("diagnostic.error") + ": " + Messages.t("grade.assignment.unreadable", file, nn.io.IoReasons.of(e)), null),
                    Diagnostic.Kind.USAGE);
        }
        Assignment a = parse(SourceFile.decode(file.getFileName().toString(), bytes));
        // The helpers' file names (csv("check.csv")) start from here when graded, as in a plain run of the file.
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new Assignment(a.source, a.title, a.settings, a.tests, a.helpers, a.hash, folder);
    }

    public static Assignment parse(SourceFile source) {
        List<Stmt> program = Parsers.parse(source);
        Resolver.check(program, builtinNames());
        Assignment a = of(source, program, sha256(source.text().getBytes(StandardCharsets.UTF_8)));
        checkMemory(a.settings(), machineMemory());
        return a;
    }

    /**
     * The memory setting against the grading machine's memory (a container's limit where there is one):
     * more than it has would start every child JVM to fail or be killed, every student scored as crashed.
     * The parser has checked the fixed range already; this is the grader's own check, so it is made where
     * the grading runs.
     */
    static void checkMemory(AssignmentSettings s, long machine) {
        if (s.memoryBytes() == null || s.memoryAt() == null || machine <= 0 || s.memoryBytes() <= machine) return;
        throw new Diagnostic.Failure(Diagnostic.at(s.memoryAt(), Messages.t("grade.assignment.memory-beyond-machine", size(s.memoryBytes()),
                size(machine)), Messages.t("grade.assignment.memory-beyond-machine-hint")), Diagnostic.Kind.SYNTAX);
    }

    private static String size(long bytes) {
        return bytes % (1L << 30) == 0 ? (bytes >> 30) + "g" : (bytes >> 20) + "m";
    }

    /** The machine's memory in bytes, or 0 when the JVM cannot tell. */
    static long machineMemory() {
        try {
            if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
                return os.getTotalMemorySize();
        } catch (RuntimeException | LinkageError e) {
            // no management module: the parser's fixed range stands alone
        }
        return 0;
    }

    /**
     * The assignment as a grading child needs it: parsed only. The parent has checked it already, and the
     * child has no use for its hash; skipping both spares a cold JVM a second interpreter and the
     * security providers that SHA-256 loads.
     */
    static Assignment parseChecked(SourceFile source) {
        return of(source, Parsers.parse(source), "");
    }

    private static Assignment of(SourceFile source, List<Stmt> program, String hash) {
        String title = null;
        AssignmentSettings settings = AssignmentSettings.none();
        List<Stmt.Test> tests = new ArrayList<>();
        List<Stmt> helpers = new ArrayList<>();
        for (Stmt s : program) {
            switch (s) {
                case Stmt.Assignment a -> { title = a.title(); settings = a.settings(); }
                case Stmt.Test t -> tests.add(t);
                default -> helpers.add(s);
            }
        }
        if (tests.isEmpty()) {
            Stmt first = program.isEmpty() ? null : program.get(0);
            String hint = Messages.t("grade.assignment.no-tests-hint");
            throw new Diagnostic.Failure(first == null ? Diagnostic.plain(source.name() + ": " + Messages.t("diagnostic.error") + ": "
                    + Messages.t("grade.assignment.no-tests"), hint)
                    : Diagnostic.at(first.span(), Messages.t("grade.assignment.no-tests"), hint), Diagnostic.Kind.SYNTAX);
        }
        return new Assignment(source, title == null ? source.name() : title, settings, List.copyOf(tests),
                List.copyOf(helpers), hash, null);
    }

    /** The names the helpers define: reported when a submission defines them too. */
    public Set<String> helperNames() { return Definitions.of(helpers, false); }

    public Duration timeoutOf(Stmt.Test t) {
        return t.timeout() != null ? t.timeout() : settings.timeout() != null ? settings.timeout() : DEFAULT_TIMEOUT;
    }

    /** The script's own run and each test get this wall time (the test's own when it sets one). */
    public Duration scriptTimeout() { return settings.timeout() != null ? settings.timeout() : DEFAULT_TIMEOUT; }

    public long seed() { return settings.seed() != null ? settings.seed() : 0; }
    public long memory() { return settings.memoryBytes() != null ? settings.memoryBytes() : DEFAULT_MEMORY; }
    public long steps() { return settings.steps() != null ? settings.steps() : DEFAULT_STEPS; }
    public double maxScore() { return tests.stream().mapToDouble(Stmt.Test::points).sum(); }

    /** Wall time the whole submission may take before it is killed from outside: the script, every test, and start-up. */
    public Duration wallLimit() {
        Duration d = scriptTimeout().plusSeconds(5);
        for (Stmt.Test t : tests) d = d.plus(timeoutOf(t)).plusMillis(500);
        return d;
    }

    static Set<String> builtinNames() {
        Budget b = new Budget(Limits.defaults());
        return Set.copyOf(new Interpreter(b, new Output(System.out, System.err, b), new Sandbox(List.of(Path.of(".")))).globals().names());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
