package nn.grade;

import nn.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Grades a class: one sub-folder or .nn file per student, {@code jobs} child JVMs at a time, in a stable
 * order (so {@code --shard i/n} slices agree across machines). Each result is saved as it finishes
 * (results/ID.json) and reused on the next run while the submission and the assignment are unchanged.
 * The batch never stops for a bad submission.
 */
public final class ClassGrader {
    /** A student's submission: its id and where it is. */
    public record Student(String id, Path path) {}

    public record Options(Path out, int jobs, boolean force, int shard, int shards, List<String> formats, String metadata) {}

    private final Assignment assignment;
    private final Options options;
    private final PrintStream progress;
    private final SubmissionRunner runner;

    /** A grader for the class; the children's start-up archive is made here when missing, before any timing starts. */
    public ClassGrader(Assignment assignment, Options options, PrintStream progress) { this(assignment, options, progress, true); }

    /** As above; {@code reuseJvms} false gives every submission a child JVM of its own (--jvm-per-submission). */
    public ClassGrader(Assignment assignment, Options options, PrintStream progress, boolean reuseJvms) {
        this.assignment = assignment;
        this.options = options;
        this.progress = progress;
        this.runner = new SubmissionRunner(assignment, reuseJvms);
    }

    /** The students in a class folder, sorted by id; the output folder is skipped when it lies inside. */
    public static List<Student> students(Path classDir, Path skip) throws IOException { return students(classDir, skip, w -> {}); }

    /**
     * As above, saying to {@code warn} what the instructor should know about the listing: a hidden entry
     * (a name starting with '.') that holds a .nn file, which is skipped like .git, and a file {@code zed.nn}
     * beside a folder {@code zed}, which are two submissions: the file's id is then its whole name.
     */
    public static List<Student> students(Path classDir, Path skip, java.util.function.Consumer<String> warn) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(classDir)) {
            entries = s.sorted().toList();
        }
        java.util.Set<String> folders = new java.util.HashSet<>();
        for (Path p : entries) if (Files.isDirectory(p)) folders.add(p.getFileName().toString());
        List<Student> out = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (skip != null && p.toAbsolutePath().normalize().equals(skip.toAbsolutePath().normalize())) continue;
            if (name.startsWith(".")) {
                String held = hiddenSubmission(p);
                if (held != null) warn.accept(Messages.t("grade.class.hidden-skipped", nn.lang.source.Visible.name(name), held));
                continue;
            }
            // A link to a folder is a student too, graded invalid with the reason (links are not followed):
            // skipped silently, the instructor would never learn a submission was left out.
            if (Files.isDirectory(p)) out.add(new Student(name, p));
            else if (name.endsWith(".nn") && (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))) {
                String id = name.substring(0, name.length() - 3);
                if (folders.contains(id)) {
                    // Both are the student's work or neither is: graded apart, under ids that differ, and said.
                    warn.accept(Messages.t("grade.class.file-beside-folder", nn.lang.source.Visible.name(id), nn.lang.source.Visible.name(name)));
                    id = name;
                }
                out.add(new Student(id, p));
            }
        }
        return out;
    }

    /** What a hidden entry of the class folder holds that looks like a submission: its name, or null. */
    private static String hiddenSubmission(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".nn") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return name;
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return null;
        try (Stream<Path> s = Files.list(p)) {
            return s.map(c -> c.getFileName().toString()).filter(c -> c.endsWith(".nn") && !c.startsWith("."))
                    .sorted().findFirst().map(nn.lang.source.Visible::name).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** This shard's slice: every n-th student from the i-th (1-based), in the stable order. */
    public static List<Student> shard(List<Student> all, int i, int n) {
        List<Student> out = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) if (k % n == i - 1) out.add(all.get(k));
        return out;
    }

    /** Grades the students, {@code jobs} at a time; the warm children are stopped when all are done. */
    public List<SubmissionResult> grade(List<Student> students) throws IOException {
        try {
            return gradeAll(students);
        } finally {
            runner.close();
        }
    }

    private List<SubmissionResult> gradeAll(List<Student> students) throws IOException {
        Files.createDirectories(options.out().resolve("results"));
        Files.createDirectories(options.out().resolve("feedback"));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()));
        AtomicInteger finished = new AtomicInteger();
        List<Future<SubmissionResult>> futures = new ArrayList<>();
        for (Student st : students) {
            futures.add(pool.submit(() -> {
                SubmissionResult r = current(st);
                boolean reused = r != null;
                if (r == null) {
                    r = runner.grade(st.id(), st.path());
                    save(r);
                }
                synchronized (progress) {
                    // A folder's name is the student's to choose: its control characters must not reach the terminal.
                    progress.printf("[%d/%d] %s: %s / %s %s%s%n", finished.incrementAndGet(), students.size(), nn.lang.source.Visible.name(st.id()),
                            Points.of(r.score()), Points.of(r.maxScore()), StatusWords.of(r.status()),
                            reused ? " " + Messages.t("grade.progress.reused") : " " + Messages.t("grade.progress.took", Points.seconds(r.millis())));
                }
                return r;
            }));
        }
        pool.shutdown();
        List<SubmissionResult> results = new ArrayList<>();
        for (Future<SubmissionResult> f : futures) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                throw new IOException(Messages.t("grade.interrupted"));
            } catch (java.util.concurrent.ExecutionException e) {
                // Writing a result failed (a full disk, an --out folder gone): the caller says which file and why.
                if (e.getCause() instanceof IOException io) {
                    pool.shutdownNow();
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return results;
    }

    /** The saved result, when it is for this very submission and assignment (and --force was not given). */
    private SubmissionResult current(Student st) {
        if (options.force()) return null;
        Path saved = resultFile(options.out(), st.id());
        if (!Files.isRegularFile(saved)) return null;
        try {
            String json = Files.readString(saved);
            if (!json.contains("\"assignment_hash\": \"" + assignment.hash() + "\"")) return null;
            SubmissionResult r = JsonReport.read(json);
            if (r.status() == SubmissionStatus.GRADER_ERROR) return null;
            return SubmissionFiles.hash(st.path()).equals(r.sourceHash()) ? r : null;
        } catch (IOException | RuntimeException e) {
            return null;  // unreadable: grade again
        }
    }

    private void save(SubmissionResult r) throws IOException {
        write(resultFile(options.out(), r.id()), JsonReport.write(assignment, r));
        write(options.out().resolve("feedback").resolve(fileName(r.id()) + ".txt"), TextReport.write(assignment, r, true));
        for (String f : options.formats()) {
            String text = switch (f) {
                case "gradescope" -> GradescopeReport.write(assignment, r, options.metadata());
                case "prairielearn" -> PrairieLearnReport.write(assignment, r);
                case "classroom" -> ClassroomReport.json(assignment, r);
                case "text" -> TextReport.write(assignment, r, false);
                default -> null;  // json is results/, csv and junit are written for the class
            };
            if (text != null) {
                Path dir = options.out().resolve(f);
                Files.createDirectories(dir);
                write(dir.resolve(fileName(r.id()) + (f.equals("text") ? ".txt" : ".json")), text);
            }
        }
    }

    /** The class's files: grades.csv, summary.txt, histogram.png, and junit.xml when asked for. */
    public static void writeClassFiles(Assignment a, List<SubmissionResult> results, Path out, List<String> formats) throws IOException {
        Files.createDirectories(out);
        write(out.resolve("grades.csv"), CsvReport.write(a, results));
        write(out.resolve("summary.txt"), ClassSummary.text(a, results));
        ClassSummary.png(a, results, out.resolve("histogram.png"));
        if (formats.contains("junit")) write(out.resolve("junit.xml"), JunitReport.write(a, results));
    }

    static Path resultFile(Path out, String id) { return out.resolve("results").resolve(fileName(id) + ".json"); }

    /** The most UTF-8 bytes of a student's id kept in a file name: with the hash and ".json.tmp" it stays far below 255. */
    private static final int MAX_NAME_BYTES = 96;

    /**
     * A student's id as the base of their file names (results/ID.json, feedback/ID.txt): the id itself when
     * it is a plain name (letters, digits, '.', '-', '_', not starting with '.', at most 96 bytes), else its
     * plain characters (others become '_', cut to 96 bytes) and "-" with 12 hex digits of the id's SHA-256.
     * So the name depends on the id alone (shards and reruns agree), two ids never share a name ("a b" and
     * "a_b" get two files), and no id is too long for the file system. An id that is plain but ends like a
     * hash ("-" and 12 hex digits) gets one of its own too, so no plain id can take another's name.
     */
    public static String fileName(String id) {
        String s = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (s.startsWith(".")) s = "_" + s;
        boolean plain = s.equals(id) && id.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES
                && !id.matches(".*-[0-9a-f]{12}") && !id.isEmpty();
        if (plain) return id;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_NAME_BYTES) break;
            kept.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return kept + "-" + Assignment.sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    static void write(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads every results/*.json under the given shard folders: what `nn grade merge` joins. */
    public static List<SubmissionResult> readResults(List<Path> dirs, Assignment a) throws IOException {
        java.util.Map<String, SubmissionResult> byId = new java.util.TreeMap<>();
        for (Path d : dirs) {
            Path results = d.resolve("results");
            if (!Files.isDirectory(results)) throw new IOException(Messages.t("grade.merge.no-results", d));
            try (Stream<Path> s = Files.list(results)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    String json = Files.readString(p);
                    if (!json.contains("\"assignment_hash\": \"" + a.hash() + "\""))
                        throw new IOException(Messages.t("grade.merge.other-version", p));
                    SubmissionResult r = JsonReport.read(json);
                    byId.put(r.id(), r);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }
}
