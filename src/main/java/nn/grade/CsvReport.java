package nn.grade;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Stmt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The class's grade sheet: one row per submission (id, a column per test, total, percent, status, seconds),
 * after a first row holding each test's points. Written with commons-csv so names with commas or quotes
 * stay one cell.
 */
public final class CsvReport {
    private CsvReport() {}

    public static String write(Assignment a, List<SubmissionResult> results) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            List<String> header = new ArrayList<>(List.of("id"));
            for (Stmt.Test t : a.tests()) header.add(t.name());
            header.addAll(List.of("total", "percent", "status", "seconds", "message"));
            csv.printRecord(header);
            List<String> max = new ArrayList<>(List.of("(points)"));
            for (Stmt.Test t : a.tests()) max.add(Points.of(t.points()));
            max.addAll(List.of(Points.of(a.maxScore()), "100", "", "", ""));
            csv.printRecord(max);
            for (SubmissionResult r : results) {
                List<String> row = new ArrayList<>(List.of(r.id()));
                for (TestResult t : r.tests()) row.add(Points.of(t.points()));
                row.add(Points.of(r.score()));
                row.add(String.format(java.util.Locale.ROOT, "%.1f", r.percent()));
                row.add(r.status().word);
                row.add(String.format(java.util.Locale.ROOT, "%.2f", r.millis() / 1000.0));
                row.add(r.message() == null ? "" : Capped.text(r.message().lines().findFirst().orElse(""), 200));
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);  // a StringWriter does not fail
        }
        return out.toString();
    }
}
