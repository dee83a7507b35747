package nn.similar;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code nn bench similar [N]}: N synthetic submissions (default 500) of about 100 lines each (two
 * homework solutions in one file), written to a temporary folder, then read, fingerprinted and compared
 * all-pairs as {@code nn similar} does; prints the time of each stage.
 */
public final class SimilarBench {
    private SimilarBench() {}

    public static void main(String[] args) throws IOException {
        int n = nn.bench.BenchArgs.count("similar", args, 0, 500);
        Path dir = Files.createTempDirectory("nn-similar-bench");
        try {
            long lines = 0;
            for (int i = 0; i < n; i++) {
                String text = SyntheticClass.student(i).text() + "\n# part 2: the same with other settings\n"
                        + SyntheticClass.student(100_000 + i).text().replace(SyntheticClass.STARTER.strip(), "");
                lines += text.lines().count();
                Files.writeString(dir.resolve(String.format(Locale.ROOT, "student%04d.nn", i)), text);
            }
            Path starter = dir.resolve("starter.nn.txt");
            Files.writeString(starter, SyntheticClass.STARTER);
            for (int round = 1; round <= 3; round++) {
                long t0 = System.nanoTime();
                List<String> warnings = new ArrayList<>();
                List<Submission> subs = Submissions.read(dir, null, 1 << 20, warnings::add);
                Submission st = Submissions.of("starter", List.of(starter), 1 << 20, warnings::add);
                long t1 = System.nanoTime();
                Result r = Comparison.run(subs, st, Settings.defaults());
                long t2 = System.nanoTime();
                System.out.println(Messages.t("bench.similar.round", round, subs.size(), String.format(Locale.ROOT, "%.0f", (double) lines / n),
                        TableWriter.pairCount(subs.size()), String.format(Locale.ROOT, "%.0f", (t1 - t0) / 1e6), r.pairs().size(),
                        String.format(Locale.ROOT, "%.0f", (t2 - t1) / 1e6), String.format(Locale.ROOT, "%.2f", (t2 - t0) / 1e9)));
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }
    }
}
