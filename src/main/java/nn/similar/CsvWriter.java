package nn.similar;

import java.io.PrintStream;
import java.util.List;

/** The pairs as CSV (RFC 4180): one row per pair, with its group number if it belongs to one. */
final class CsvWriter {
    private CsvWriter() {}

    static void write(Result r, PrintStream out) {
        out.print("rank,a,b,similarity,shared_fingerprints,matched_a,matched_b,group,lines_a,lines_b\r\n");
        int rank = 1;
        for (Result.Pair p : r.pairs()) {
            StringBuilder la = new StringBuilder(), lb = new StringBuilder();
            for (Result.Region region : p.regions()) {
                if (!la.isEmpty()) { la.append("; "); lb.append("; "); }
                la.append(Describe.lines(p.a(), region.a()));
                lb.append(Describe.lines(p.b(), region.b()));
            }
            out.print(String.join(",", List.of(String.valueOf(rank++), quote(p.a().id()), quote(p.b().id()),
                    String.format(java.util.Locale.ROOT, "%.4f", p.similarity()), String.valueOf(p.shared()),
                    String.format(java.util.Locale.ROOT, "%.4f", p.coveredA()),
                    String.format(java.util.Locale.ROOT, "%.4f", p.coveredB()),
                    group(r, p), quote(la.toString()), quote(lb.toString()))) + "\r\n");
        }
    }

    private static String group(Result r, Result.Pair p) {
        for (int g = 0; g < r.groups().size(); g++) if (r.groups().get(g).members().contains(p.a())) return String.valueOf(g + 1);
        return "";
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r") || field.contains(";"))
            return '"' + field.replace("\"", "\"\"") + '"';
        return field;
    }
}
