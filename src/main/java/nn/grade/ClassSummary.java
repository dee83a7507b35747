package nn.grade;

import nn.i18n.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nn.lang.ast.Stmt;

/**
 * The class at a glance: how many submissions ended how, each test's pass rate, the mean and median
 * score, and a histogram of scores (in the terminal and as a PNG). Submissions the grader failed on are
 * counted apart and left out of the statistics: they are not zeros.
 */
public final class ClassSummary {
    private ClassSummary() {}

    static final String[] BINS = {"0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90-100"};

    public static String text(Assignment a, List<SubmissionResult> results) {
        StringBuilder sb = new StringBuilder();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (SubmissionResult r : results) byStatus.merge(r.status().word, 1, Integer::sum);
        String tally = String.join(", ", byStatus.entrySet().stream()
                .map(e -> StatusWords.count(SubmissionStatus.of(e.getKey()), e.getValue())).toList());
        sb.append(Messages.t("grade.summary.heading", a.title(), results.size(), tally)).append('\n');
        List<SubmissionResult> counted = counted(results);
        if (counted.isEmpty()) return sb.append(Messages.t("grade.summary.none-scored")).append('\n').toString();
        double[] percents = counted.stream().mapToDouble(SubmissionResult::percent).sorted().toArray();
        sb.append(Messages.t("grade.summary.mean-median", Points.percent(Arrays.stream(percents).average().orElse(0)),
                Points.percent(median(percents)))).append('\n');
        sb.append(Messages.t("grade.summary.pass-rate")).append('\n');
        int w = a.tests().stream().mapToInt(t -> t.name().length()).max().orElse(4);
        for (int i = 0; i < a.tests().size(); i++) {
            Stmt.Test t = a.tests().get(i);
            final int k = i;
            long passed = counted.stream().filter(r -> r.tests().get(k).passed()).count();
            sb.append("  ").append(TextReport.pad(t.name(), w)).append("  ")
                    .append(String.format(java.util.Locale.ROOT, "%5.1f%%", 100.0 * passed / counted.size()))
                    .append("  ").append(Messages.t("grade.summary.passed-of", passed, counted.size())).append('\n');
        }
        sb.append(Messages.t("grade.summary.scores")).append('\n');
        int[] counts = histogram(percents);
        int most = Arrays.stream(counts).max().orElse(1);
        for (int i = 0; i < BINS.length; i++) {
            int bar = most == 0 ? 0 : (int) Math.round(40.0 * counts[i] / most);
            sb.append(String.format(java.util.Locale.ROOT, "  %6s │%s %d%n", BINS[i], "█".repeat(bar), counts[i]));
        }
        return sb.toString();
    }

    public static void png(Assignment a, List<SubmissionResult> results, Path file) {
        double[] percents = counted(results).stream().mapToDouble(SubmissionResult::percent).toArray();
        nn.viz.HistogramPng.write(a.title(), BINS, histogram(percents), file);
    }

    private static List<SubmissionResult> counted(List<SubmissionResult> results) {
        return results.stream().filter(r -> r.status() != SubmissionStatus.GRADER_ERROR).toList();
    }

    static int[] histogram(double[] percents) {
        int[] counts = new int[BINS.length];
        for (double p : percents) counts[Math.min(9, (int) Math.floor(p / 10))]++;
        return counts;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
