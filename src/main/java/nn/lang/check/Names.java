package nn.lang.check;

import nn.i18n.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?" for unknown names: the closest known name by edit distance, if it is close
 * enough. Bounded whatever the script: names longer than {@link #LONGEST_COMPARED} get no
 * suggestion, candidates whose length alone rules them out are skipped before any comparison, and a
 * comparison holds two rows, not a table; so a script of many long names costs a length test per
 * name. Names quoted in messages are shortened ({@link #quoted}).
 */
public final class Names {
    private Names() {}

    /** Longer names are not compared: nobody mistypes a 65-letter name into another one. */
    static final int LONGEST_COMPARED = 64;
    /** The most characters of a name a message quotes. */
    static final int LONGEST_QUOTED = 40;

    public static String suggest(String name, Collection<String> known) { return suggestAmong(name, List.of(known)); }

    /** The closest name among several collections (known builtins and the script's own, without copying them). */
    public static String suggestAmong(String name, List<? extends Collection<String>> knowns) {
        if (name.length() > LONGEST_COMPARED) return null;
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, name.length() / 3);
        String best = null;
        int bestDistance = allowed + 1;
        for (Collection<String> known : knowns)
            for (String k : known) {
                if (k.startsWith("#") || Math.abs(k.length() - name.length()) > allowed) continue;
                int d = distance(lower, k.toLowerCase(Locale.ROOT));
                // A real likeness keeps a letter of each: W is not a misspelt a, nor x a misspelt xs.
                if (d >= name.length() || d >= k.length()) continue;
                if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                    best = k;
                    bestDistance = d;
                }
            }
        if (best == null) best = abbreviated(name, knowns);
        return best != null ? Messages.t("lang.check.did-you-mean", quoted(best)) : null;
    }

    /**
     * The shortest known name that {@code name} abbreviates, part by part between underscores
     * ({@code final_acc} for final_accuracy, {@code val_acc} for val_accuracy), or null; names under 3
     * characters abbreviate nothing.
     */
    static String abbreviated(String name, List<? extends Collection<String>> knowns) {
        if (name.length() < 3) return null;
        String[] parts = name.split("_", -1);
        String best = null;
        for (Collection<String> known : knowns)
            for (String k : known) {
                if (k.startsWith("#") || k.length() <= name.length() || k.length() > LONGEST_COMPARED) continue;
                String[] whole = k.split("_", -1);
                if (whole.length != parts.length) continue;
                boolean matches = true;
                for (int i = 0; i < parts.length && matches; i++)
                    matches = !parts[i].isEmpty() && whole[i].startsWith(parts[i]);
                if (matches && (best == null || k.length() < best.length() || k.length() == best.length() && k.compareTo(best) < 0)) best = k;
            }
        return best;
    }

    /** A name as messages quote it: whole when short, else its start, "…" and how long it is. */
    public static String quoted(String name) {
        if (name.codePointCount(0, name.length()) <= LONGEST_QUOTED) return name;
        int end = name.offsetByCodePoints(0, LONGEST_QUOTED - 8);
        return name.substring(0, end) + "… (" + name.codePointCount(0, name.length()) + " characters)";
    }

    /** Damerau–Levenshtein (optimal string alignment): a swap of two letters counts as one edit. Three rows. */
    static int distance(String a, String b) {
        int m = b.length();
        int[] before = new int[m + 1], previous = new int[m + 1], current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1))
                    d = Math.min(d, before[j - 2] + 1);
                current[j] = d;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }
}
