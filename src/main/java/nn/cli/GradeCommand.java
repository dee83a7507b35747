package nn.cli;

import nn.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nn.grade.Assignment;
import nn.grade.ClassGrader;
import nn.grade.ClassSummary;
import nn.grade.ClassroomReport;
import nn.grade.CsvReport;
import nn.grade.GradescopeReport;
import nn.grade.JsonReport;
import nn.grade.JunitReport;
import nn.grade.Packaging;
import nn.grade.PrairieLearnReport;
import nn.grade.SubmissionResult;
import nn.grade.SubmissionRunner;
import nn.grade.SubmissionStatus;
import nn.grade.TextReport;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nn grade}: grade one submission or a class against an assignment file, in the platforms' formats. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade a submission (a folder or one .nn file) or a class (a folder of them) against an assignment.",
                "Exit 0 whatever the score; 64 for a bad command line, 65 for an assignment with errors, 70 when grading failed."},
        subcommands = {GradeCommand.Merge.class, GradeCommand.Package.class})
final class GradeCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("text", "json", "gradescope", "prairielearn", "classroom", "junit", "csv");

    // Optional for picocli, checked in call(): picocli would otherwise demand them of `nn grade merge` and `nn grade package` too.
    @Parameters(index = "0", arity = "0..1", paramLabel = HelpTexts.ASSIGNMENT, descriptionKey = "ASSIGNMENT", description = "the assignment file (tests with points)")
    Path assignmentFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = HelpTexts.SUBMISSION, descriptionKey = "SUBMISSION", description = "a submission (folder or .nn file), or a class folder")
    Path submission;

    @CommandLine.Mixin
    LanguageHelp language = new LanguageHelp();

    @Option(names = "--format", paramLabel = HelpTexts.FORMAT, split = ",",
            description = "text, json, gradescope, prairielearn, classroom, junit or csv (default: text for one, csv for a class)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = HelpTexts.PATH, description = "the report file (one submission) or folder (a class; default grades)")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "submissions graded at once (default 1)")
    Integer jobs;

    @Option(names = "--force", description = "grade again submissions whose saved result is current")
    boolean force;

    @Option(names = "--shard", paramLabel = "I/N", description = "grade only the I-th of N slices of the class")
    String shard;

    @Option(names = "--class", description = "treat SUBMISSION as a class folder even if it looks like one submission")
    boolean asClass;

    @Option(names = "--single", description = "treat SUBMISSION as one submission even if it looks like a class (the platforms' scripts use it)")
    boolean single;

    @Option(names = "--jvm-per-submission", description = "start a fresh child JVM for every submission (slower; by default a"
            + " child that ended a submission cleanly grades the next one, with a fresh interpreter)")
    boolean jvmPerSubmission;

    @Option(names = "--metadata", paramLabel = HelpTexts.FILE, description = "Gradescope's submission_metadata.json (due date, for a late penalty)")
    Path metadata;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (assignmentFile == null || submission == null)
            throw usage(Messages.t("cli.grade.needs-both"));
        for (String f : formats)
            if (!FORMATS.contains(f)) throw usage(Messages.t("cli.grade.unknown-format", f, String.join(", ", FORMATS)));
        Assignment a = load(assignmentFile);
        if (a == null) return 65;
        speak(a);
        if (!helpersRun(a)) return 65;
        if (!Files.exists(submission, LinkOption.NOFOLLOW_LINKS)) throw usage(Messages.t("cli.grade.no-submission", submission));
        int[] slice = shard == null ? null : parseShard(shard);
        if (single && (asClass || jobs != null || slice != null)) throw usage(Messages.t("cli.grade.single-and-class"));
        // --jobs says how many at a time, not what SUBMISSION is: one submission with --jobs is still one submission.
        boolean classMode = !single && (asClass || slice != null || looksLikeClass(submission, a.settings().submission()));
        if (jobs != null && jobs < 1) throw usage(Messages.t("cli.at-least-one", "--jobs"));
        String meta = readMetadata();
        String metaProblem = GradescopeReport.metadataProblem(a, meta);
        if (metaProblem != null)
            System.err.println(Messages.t("diagnostic.warning") + ": " + Messages.t("cli.grade.metadata-unusable", metadata, metaProblem));
        return classMode ? gradeClass(a, slice, meta) : gradeOne(a, meta);
    }

    private int gradeOne(Assignment a, String meta) throws IOException {
        String id = submission.toAbsolutePath().normalize().getFileName().toString();
        SubmissionResult r;
        try (SubmissionRunner runner = new SubmissionRunner(a, false)) {
            r = runner.grade(id, submission);
        }
        StringBuilder text = new StringBuilder();
        List<String> fs = formats.isEmpty() ? List.of("text") : formats;
        for (String f : fs) text.append(render(a, r, f, meta));
        if (out != null) {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return cannotWrite(out, e);
            }
        } else {
            System.out.print(text);
        }
        return r.status() == SubmissionStatus.GRADER_ERROR ? 70 : 0;
    }

    static String render(Assignment a, SubmissionResult r, String format, String meta) {
        return switch (format) {
            case "text" -> TextReport.write(a, r, false);
            case "json" -> JsonReport.write(a, r);
            case "gradescope" -> GradescopeReport.write(a, r, meta);
            case "prairielearn" -> PrairieLearnReport.write(a, r);
            case "classroom" -> ClassroomReport.write(a, r);
            case "junit" -> JunitReport.write(a, List.of(r));
            case "csv" -> CsvReport.write(a, List.of(r));
            default -> throw new IllegalArgumentException(format);
        };
    }

    private int gradeClass(Assignment a, int[] slice, String meta) throws IOException {
        if (!Files.isDirectory(submission)) throw usage(Messages.t("cli.grade.class-not-folder", submission));
        Path dir = out != null ? out : Path.of("grades");
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw usage(Messages.t("cli.grade.out-is-file", dir));
        int n = jobs == null ? 1 : jobs;
        if (n < 1) throw usage(Messages.t("cli.at-least-one", "--jobs"));
        List<ClassGrader.Student> students = ClassGrader.students(submission, dir,
                w -> System.err.println(Messages.t("diagnostic.warning") + ": " + w));
        if (slice != null) students = ClassGrader.shard(students, slice[0], slice[1]);
        ClassGrader grader = new ClassGrader(a, new ClassGrader.Options(dir, n, force, slice == null ? 1 : slice[0],
                slice == null ? 1 : slice[1], formats, meta), System.err, !jvmPerSubmission);
        List<SubmissionResult> results;
        try {
            Files.createDirectories(dir);
            results = grader.grade(students);
            ClassGrader.writeClassFiles(a, results, dir, formats);
        } catch (IOException e) {
            return cannotWrite(dir, e);
        }
        System.out.print(ClassSummary.text(a, results));
        System.out.println(Messages.t("cli.grade.results-in", dir, "grades.csv, summary.txt, histogram.png, feedback/, results/"
                + (formats.contains("junit") ? ", junit.xml" : "")));
        long faults = results.stream().filter(r -> r.status() == SubmissionStatus.GRADER_ERROR).count();
        if (faults > 0) System.err.println("nn: " + Messages.t("cli.grade.faults", faults));
        return 0;
    }

    /**
     * Writing a report failed: "cannot write PATH: reason" and exit status 74, as everywhere in nn (the file the
     * failure names when it names one, else {@code target}).
     */
    static int cannotWrite(Path target, IOException e) {
        Path file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : target;
        String name = file.getFileName() != null && file.getFileName().toString().endsWith(".tmp")
                ? file.resolveSibling(file.getFileName().toString().replaceAll("\\.tmp$", "")).toString() : file.toString();
        System.err.println("nn: " + Messages.t("cli.grade.cannot-write", nn.lang.source.Visible.name(name), nn.io.IoReasons.ofWrite(file, e)));
        return 74;
    }

    /** A folder is a class when its .nn files are inside sub-folders, or when it holds several .nn files and no named one. */
    static boolean looksLikeClass(Path p, String expected) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return false;
        if (expected != null && Files.isRegularFile(p.resolve(expected))) return false;
        int files = 0, folders = 0;
        try (Stream<Path> s = Files.list(p)) {
            for (Path c : s.toList()) {
                if (c.getFileName().toString().endsWith(".nn") && Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS)) files++;
                else if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS) && hasNn(c)) folders++;
            }
        }
        return folders > 0 || files > 1;
    }

    private static boolean hasNn(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.anyMatch(x -> x.getFileName().toString().endsWith(".nn"));
        }
    }

    private int[] parseShard(String s) {
        String[] parts = s.split("/");
        try {
            if (parts.length == 2) {
                int i = Integer.parseInt(parts[0].trim()), n = Integer.parseInt(parts[1].trim());
                if (n >= 1 && i >= 1 && i <= n) return new int[] {i, n};
            }
        } catch (NumberFormatException ignored) {
            // falls through to the usage error
        }
        throw usage(Messages.t("cli.grade.shard-syntax", s));
    }

    private String readMetadata() throws IOException {
        if (metadata == null) return null;
        if (!Files.isRegularFile(metadata)) throw usage(Messages.t("cli.grade.no-metadata", metadata));
        return Files.readString(metadata);
    }

    private CommandLine.ParameterException usage(String message) {
        return new UsageErrors.Said(spec.commandLine(), message);
    }

    /** The assignment's {@code language} line, when it has one, chooses the language of the feedback and reports. */
    static void speak(Assignment a) {
        if (a.settings().language() != null) Messages.use(nn.i18n.Lang.parse(a.settings().language()));
    }

    /**
     * Runs the assignment's own statements (its datasets, fns: what every submission's tests share) once, as a plain
     * run of the file does, under the assignment's budgets, before any submission: one that fails (a missing
     * data file, an error, its time limit) would fail every student's tests, so it is the assignment's error,
     * said here with its diagnostic, and nothing is graded.
     */
    static boolean helpersRun(Assignment a) {
        if (a.folder() == null) return true;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        PrintStream sink = new PrintStream(java.io.OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        nn.interp.Limits limits = nn.interp.Limits.defaults().withSteps(a.steps()).withMemory(a.memory())
                .withTimeout(a.scriptTimeout()).setBy(nn.interp.Limits.SetBy.ASSIGNMENT);
        nn.run.Session session = new nn.run.Session(limits, List.of(a.folder()), sink,
                new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), false);
        nn.run.Session.Outcome outcome = session.run(a.source());
        if (outcome == nn.run.Session.Outcome.OK) return true;
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        // The skipped tests' warnings are the plain run's; the error is what matters here.
        StringBuilder errors = new StringBuilder();
        boolean inError = false;
        for (String line : said.split("\n", -1)) {
            if (line.contains(": error: ")) inError = true;
            else if (line.contains(": warning: ") || line.contains(": note: ")) inError = false;
            if (inError && !line.isEmpty()) errors.append(line).append('\n');
        }
        System.err.print(errors.length() > 0 ? errors : said);
        System.err.println("nn: " + Messages.t("cli.grade.helpers-fail"));
        return false;
    }

    /** Loads and checks the assignment, printing its errors in the one format; null when it has any. */
    static Assignment load(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                System.err.println("nn: " + Messages.t("cli.grade.no-assignment", file));
                return null;
            }
            return Assignment.load(file);
        } catch (Diagnostic.Failure f) {
            PrintStream err = System.err;
            f.diagnostics().forEach(d -> err.print(DiagnosticPrinter.render(d)));
            return null;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Join the results of shards (their --out folders) into one class report.")
    static final class Merge implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = HelpTexts.ASSIGNMENT, descriptionKey = "ASSIGNMENT", description = "the assignment file (tests with points)") Path assignmentFile;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = HelpTexts.SHARD_DIR, descriptionKey = "SHARD_DIR",
                description = "the --out folders of the shards (nn grade … --shard I/N --out DIR)") List<Path> shards;
        @Option(names = "--out", paramLabel = HelpTexts.DIR, required = true, description = "folder for the joined grades.csv, summary and feedback")
        Path out;
        @Option(names = "--format", split = ",", paramLabel = HelpTexts.FORMAT, description = "junit adds junit.xml") List<String> formats = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            Assignment a = load(assignmentFile);
            if (a == null) return 65;
            speak(a);
            List<SubmissionResult> results;
            try {
                results = ClassGrader.readResults(shards, a);
            } catch (IOException e) {
                System.err.println("nn: " + nn.io.IoReasons.said(e));
                return 66;
            }
            try {
                Files.createDirectories(out.resolve("results"));
                Files.createDirectories(out.resolve("feedback"));
                for (SubmissionResult r : results) {
                    Files.writeString(out.resolve("results").resolve(ClassGrader.fileName(r.id()) + ".json"), JsonReport.write(a, r));
                    Files.writeString(out.resolve("feedback").resolve(ClassGrader.fileName(r.id()) + ".txt"), TextReport.write(a, r, true));
                }
                ClassGrader.writeClassFiles(a, results, out, formats);
            } catch (IOException e) {
                return cannotWrite(out, e);
            }
            System.out.print(ClassSummary.text(a, results));
            System.out.println(Messages.t("cli.grade.merged", results.size(), shards.size(), out));
            return 0;
        }
    }

    @Command(name = "package", mixinStandardHelpOptions = true,
            description = "Write what a platform needs to run nn grade itself: the Gradescope autograder zip, "
                    + "PrairieLearn's external-grader entry point, or a GitHub Classroom workflow.")
    static final class Package implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = HelpTexts.ASSIGNMENT, descriptionKey = "ASSIGNMENT", description = "the assignment file (tests with points)") Path assignmentFile;
        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1") Platform platform;
        @Option(names = "--out", paramLabel = HelpTexts.PATH, description = "where to write it (default: autograder.zip, prairielearn/, .github/workflows/classroom.yml)")
        Path out;

        static final class Platform {
            @Option(names = "--gradescope", required = true, description = "Gradescope's autograder.zip") boolean gradescope;
            @Option(names = "--prairielearn", required = true, description = "PrairieLearn's external grader") boolean prairielearn;
            @Option(names = "--classroom", required = true, description = "a GitHub Classroom workflow") boolean classroom;
        }

        @Override
        public Integer call() throws IOException {
            Assignment a = load(assignmentFile);
            if (a == null) return 65;
            Path jar;
            try {
                jar = Packaging.jar();
            } catch (IOException e) {
                System.err.println("nn: " + nn.io.IoReasons.said(e));
                return 70;
            }
            Path written;
            Path target = out != null ? out : platform.gradescope ? Path.of("autograder.zip")
                    : platform.prairielearn ? Path.of("prairielearn") : Path.of(".github", "workflows", "classroom.yml");
            try {
                if (platform.gradescope) written = Packaging.gradescope(a, assignmentFile, jar, target);
                else if (platform.prairielearn) written = Packaging.prairielearn(a, assignmentFile, jar, target);
                else written = Packaging.classroom(a, assignmentFile, jar, target);
            } catch (IOException e) {
                return cannotWrite(target, e);
            }
            System.out.println(Messages.t("cli.grade.wrote", written));
            return 0;
        }
    }
}
