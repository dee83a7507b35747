package nn.repl;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a REPL session that ran without error, in order: {@code :history} lists them numbered and
 * {@code :save FILE [FROM..TO]} writes them as a script that, run with {@code nn FILE}, rebuilds the
 * session's state. The script starts with the {@code seed} and {@code precision} the session had before its
 * first saved entry, so it does not depend on defaults. {@code :reset} starts a new history.
 */
final class SessionScript {
    /** One entry and the precision printing had when it started. */
    private record Entry(String text, int precision) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(String text, int precisionBefore) { entries.add(new Entry(text.strip(), precisionBefore)); }

    void clear() { entries.clear(); }

    int size() { return entries.size(); }

    /** The entries numbered from 1, continuation lines indented under the first. */
    String history() {
        if (entries.isEmpty()) return Messages.t("repl.history-empty");
        return history(1, entries.size());
    }

    /** Entries {@code from..to} (numbered from 1, both included), numbered as {@link #history()} numbers them. */
    String history(int from, int to) {
        StringBuilder out = new StringBuilder();
        int width = String.valueOf(entries.size()).length();
        for (int i = from - 1; i < to; i++) {
            String number = String.format("%" + width + "d", i + 1);
            String[] lines = entries.get(i).text().split("\n", -1);
            for (int l = 0; l < lines.length; l++)
                out.append("  ").append(l == 0 ? number : " ".repeat(width)).append("  ").append(lines[l]).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The script of entries {@code from..to} (numbered from 1, both included). */
    String script(int from, int to) {
        StringBuilder out = new StringBuilder();
        out.append(Messages.t("repl.script-heading", from + ".." + to)).append('\n');
        out.append("seed 0\n");
        out.append("precision ").append(entries.get(from - 1).precision()).append("\n\n");
        for (int i = from - 1; i < to; i++) out.append(entries.get(i).text()).append('\n');
        return out.toString();
    }

    /** The range a {@code :save} or {@code :history} argument names: "" (all) or "3..12"; null with the reason in {@code why} when invalid. */
    int[] range(String text, StringBuilder why) {
        if (text.isEmpty()) return new int[] {1, entries.size()};
        var m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*\\.\\.\\s*(\\d{1,9})").matcher(text);
        if (!m.matches()) {
            why.append(Messages.t("repl.range-syntax", nn.lang.source.Visible.text(text)));
            return null;
        }
        int from = Integer.parseInt(m.group(1)), to = Integer.parseInt(m.group(2));
        if (from < 1 || to > entries.size() || from > to) {
            why.append(Messages.t("repl.range-missing", from + ".." + to, "1.." + entries.size()));
            return null;
        }
        return new int[] {from, to};
    }
}
