package nn.bench;

import nn.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nn.grade.Assignment;
import nn.grade.ClassGrader;
import nn.grade.SubmissionResult;

/**
 * Benchmark: grades a class of N copies of the sample submissions (alice, bob, carol, eve, trent in turn:
 * right, partly right, syntax error, hostile) against samples/grading/hw2-assignment.nn with J jobs, each
 * with child JVMs kept warm between submissions (as {@code nn grade} does), or with {@code fresh} one child
 * JVM per submission ({@code --jvm-per-submission}), and prints the wall time, submissions per second,
 * and the median per submission (CPU time: run it under /usr/bin/time, which counts the children too).
 * Usage: {@code GradeBench [submissions] [jobs] [fresh]} from the project's folder.
 */
public final class GradeBench {
    private GradeBench() {}

    public static void main(String[] args) throws IOException {
        int n = BenchArgs.count("grade", args, 0, 100);
        int jobs = BenchArgs.count("grade", args, 1, 2);
        boolean fresh = args.length > 2 && args[2].equals("fresh");
        Path samples = Path.of("samples", "grading");
        if (!Files.isDirectory(samples)) throw new IOException(Messages.t("bench.grade.needs-samples"));
        Assignment a = Assignment.load(samples.resolve("hw2-assignment.nn"));
        Path root = Files.createTempDirectory("nn-grade-bench-");
        try {
            Path cls = Files.createDirectories(root.resolve("class"));
            List<String> kinds = List.of("alice", "bob", "carol", "eve", "trent");
            for (int i = 0; i < n; i++) {
                String kind = kinds.get(i % kinds.size());
                Path d = Files.createDirectories(cls.resolve(String.format(Locale.ROOT, "s%03d-%s", i, kind)));
                Files.copy(samples.resolve("submissions").resolve(kind).resolve("hw2.nn"), d.resolve("hw2.nn"));
            }
            PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
            ClassGrader g = new ClassGrader(a, new ClassGrader.Options(root.resolve("out"), jobs, true, 1, 1, List.of(), null), quiet, !fresh);
            long start = System.nanoTime();
            List<SubmissionResult> results = g.grade(ClassGrader.students(cls, null));
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] each = results.stream().mapToDouble(r -> r.millis() / 1000.0).sorted().toArray();
            System.out.println(Messages.t("bench.grade.result", results.size(), jobs, String.format(Locale.ROOT, "%.1f", seconds),
                    String.format(Locale.ROOT, "%.1f", results.size() / seconds), String.format(Locale.ROOT, "%.2f", each[each.length / 2]),
                    String.format(Locale.ROOT, "%.2f", each[each.length - 1])));
        } finally {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
