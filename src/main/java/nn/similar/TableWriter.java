package nn.similar;

import nn.i18n.Messages;
import java.io.PrintStream;
import java.util.List;

/** The terminal table: one row per pair, most similar first, then the groups. */
final class TableWriter {
    private TableWriter() {}

    static void write(Result r, PrintStream out) {
        out.println(Messages.t("similar.table.heading", r.submissions().size(), pairCount(r.submissions().size()), r.pairs().size(),
                Describe.number(r.settings().threshold())));
        out.println(Describe.measure(r.settings()));
        if (r.pairs().isEmpty()) return;
        int wa = "a".length(), wb = "b".length();
        for (Result.Pair p : r.pairs()) { wa = Math.max(wa, p.a().id().length()); wb = Math.max(wb, p.b().id().length()); }
        String format = "%4s  %-" + wa + "s  %-" + wb + "s  %10s  %9s  %s%n";
        out.println();
        out.printf(format, "#", "a", "b", Messages.t("similar.table.similarity"), Messages.t("similar.table.matched"),
                Messages.t("similar.table.matching-lines"));
        int rank = 1;
        for (Result.Pair p : r.pairs()) {
            out.printf(format, rank++, p.a().id(), p.b().id(), Describe.number(p.similarity()),
                    Describe.percent(p.coveredA()) + "/" + Describe.percent(p.coveredB()), Describe.regions(p));
        }
        out.println(Messages.t("similar.table.matched-note"));
        if (!r.groups().isEmpty()) {
            out.println();
            out.println(Messages.t("similar.table.groups"));
            int g = 1;
            for (Result.Group group : r.groups()) {
                List<String> ids = group.members().stream().map(Submission::id).toList();
                out.println("  " + g++ + ". " + String.join(", ", ids) + "  " + Messages.t("similar.table.group", group.pairs(),
                        Describe.number(group.lowest()), Describe.number(maxOf(r, group)), Describe.number(group.mean())));
            }
        }
    }

    private static double maxOf(Result r, Result.Group g) {
        return r.pairs().stream().filter(p -> g.members().contains(p.a()) && g.members().contains(p.b()))
                .mapToDouble(Result.Pair::similarity).max().orElse(0);
    }

    static long pairCount(int n) { return (long) n * (n - 1) / 2; }
}
