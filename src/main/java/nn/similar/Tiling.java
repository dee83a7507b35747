package nn.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy string tiling (Wise, 1993; the matching in JPlag), written here: repeatedly find the longest
 * common runs of unmarked tokens, at least {@code minLength} long, and mark them as tiles, longest first.
 * Unlike fingerprints it gives exact matching regions, so it is run only on the pairs fingerprints
 * flagged. Candidate starts come from a hash index of the {@code minLength}-grams of the second sequence
 * (the Karp–Rabin speed-up), so unrelated parts cost next to nothing.
 */
final class Tiling {
    private Tiling() {}

    /** A run of {@code length} equal tokens at {@code a} in the first sequence and {@code b} in the second. */
    record Tile(int a, int b, int length) {}

    /** {@code markedA}, {@code markedB}: tokens that may not be part of any tile (starter and common code). */
    static List<Tile> tiles(int[] a, int[] b, boolean[] markedA, boolean[] markedB, int minLength) {
        boolean[] ma = markedA.clone(), mb = markedB.clone();
        List<Tile> out = new ArrayList<>();
        if (a.length < minLength || b.length < minLength) return out;
        long[] ha = Winnowing.kgrams(a, minLength), hb = Winnowing.kgrams(b, minLength);
        Map<Long, List<Integer>> index = new HashMap<>();
        for (int j = 0; j < hb.length; j++) index.computeIfAbsent(hb[j], h -> new ArrayList<>()).add(j);
        while (true) {
            int longest = minLength - 1;
            List<Tile> found = new ArrayList<>();
            for (int i = 0; i < ha.length; i++) {
                if (ma[i]) continue;
                List<Integer> candidates = index.get(ha[i]);
                if (candidates == null) continue;
                for (int j : candidates) {
                    if (mb[j]) continue;
                    int len = 0;
                    while (i + len < a.length && j + len < b.length && !ma[i + len] && !mb[j + len] && a[i + len] == b[j + len]) len++;
                    if (len > longest) { longest = len; found.clear(); }
                    if (len == longest && len >= minLength) found.add(new Tile(i, j, len));
                }
            }
            if (found.isEmpty()) break;
            for (Tile t : found) {
                if (!free(ma, t.a(), t.length()) || !free(mb, t.b(), t.length())) continue;
                for (int x = 0; x < t.length(); x++) { ma[t.a() + x] = true; mb[t.b() + x] = true; }
                out.add(t);
            }
        }
        out.sort((x, y) -> Integer.compare(x.a(), y.a()));
        return out;
    }

    private static boolean free(boolean[] marked, int from, int length) {
        for (int x = from; x < from + length; x++) if (marked[x]) return false;
        return true;
    }
}
