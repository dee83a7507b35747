package nn.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares every pair of submissions in two stages. First each submission is fingerprinted once
 * ({@link Winnowing}); fingerprints of the starter code and of code common to many submissions are
 * dropped; an inverted index (fingerprint → submissions holding it) counts the shared fingerprints of
 * every pair at once, without comparing token sequences. Then only the pairs at or above the threshold
 * are refined by {@link Tiling} into matching regions.
 */
public final class Comparison {
    private final Settings settings;
    /** Per submission: all k-gram hashes (by position) and the winnowed fingerprints that count. */
    private final List<long[]> kgrams = new ArrayList<>();
    private final List<long[]> fingerprints = new ArrayList<>();
    private final Set<Long> ignored = new HashSet<>();
    private final List<Submission> submissions;
    private int commonCount;
    private int starterCount;

    private Comparison(List<Submission> submissions, Settings settings) {
        this.submissions = submissions;
        this.settings = settings;
    }

    /** Compares all pairs; {@code starter} (may be null) is the code handed out with the assignment. */
    public static Result run(List<Submission> submissions, Submission starter, Settings settings) {
        Comparison c = new Comparison(submissions, settings);
        c.fingerprint(starter);
        float[] similarity = c.allPairs();
        return c.refine(similarity);
    }

    /** The similarity of every pair, i &lt; j, in row order: for tests and the benchmark. */
    static float[] allPairs(List<Submission> submissions, Submission starter, Settings settings) {
        Comparison c = new Comparison(submissions, settings);
        c.fingerprint(starter);
        return c.allPairs();
    }

    static int pairIndex(int i, int j, int n) { return i * n - i * (i + 1) / 2 + (j - i - 1); }

    private void fingerprint(Submission starter) {
        if (starter != null) {
            for (long h : Winnowing.kgrams(starter.codes(), settings.k())) ignored.add(h);
            starterCount = ignored.size();
        }
        Map<Long, Integer> holders = new HashMap<>();
        for (Submission s : submissions) {
            long[] all = Winnowing.kgrams(s.codes(), settings.k());
            kgrams.add(all);
            for (long h : Winnowing.distinctSorted(all)) holders.merge(h, 1, Integer::sum);
        }
        commonCount = settings.commonCount(submissions.size());
        holders.forEach((h, n) -> { if (n >= commonCount) ignored.add(h); });
        for (long[] all : kgrams) {
            long[] kept = Arrays.stream(Winnowing.winnow(all, settings.window())).filter(h -> !ignored.contains(h)).toArray();
            fingerprints.add(kept);
        }
    }

    private float[] allPairs() {
        int n = submissions.size();
        int[] shared = new int[Math.max(0, n * (n - 1) / 2)];
        Map<Long, List<Integer>> holders = new HashMap<>();
        for (int s = 0; s < n; s++) for (long h : fingerprints.get(s)) holders.computeIfAbsent(h, x -> new ArrayList<>()).add(s);
        for (List<Integer> list : holders.values())
            for (int x = 0; x < list.size(); x++)
                for (int y = x + 1; y < list.size(); y++) shared[pairIndex(list.get(x), list.get(y), n)]++;
        float[] similarity = new float[shared.length];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                int total = fingerprints.get(i).length + fingerprints.get(j).length;
                int p = pairIndex(i, j, n);
                similarity[p] = total == 0 ? 0 : 2f * shared[p] / total;
            }
        return similarity;
    }

    private Result refine(float[] similarity) {
        int n = submissions.size();
        List<Result.Pair> pairs = new ArrayList<>();
        List<boolean[]> marks = new ArrayList<>();
        for (int s = 0; s < n; s++) marks.add(marked(kgrams.get(s), submissions.get(s).tokens().size()));
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                float sim = similarity[pairIndex(i, j, n)];
                if (sim < settings.threshold() || sim == 0) continue;
                pairs.add(pair(i, j, sim, marks));
            }
        pairs.sort(Comparator.comparingDouble((Result.Pair p) -> -p.similarity())
                .thenComparing(p -> p.a().id()).thenComparing(p -> p.b().id()));
        return new Result(submissions, pairs, Groups.of(pairs), settings, commonCount, starterCount);
    }

    /** Tokens covered by a k-gram that does not count: they may not be part of a matching region. */
    private boolean[] marked(long[] kgramHashes, int tokens) {
        boolean[] m = new boolean[tokens];
        for (int p = 0; p < kgramHashes.length; p++)
            if (ignored.contains(kgramHashes[p])) Arrays.fill(m, p, p + settings.k(), true);
        return m;
    }

    private Result.Pair pair(int i, int j, float sim, List<boolean[]> marks) {
        Submission a = submissions.get(i), b = submissions.get(j);
        List<Tiling.Tile> tiles = Tiling.tiles(a.codes(), b.codes(), marks.get(i), marks.get(j), settings.k());
        List<Result.Region> regions = new ArrayList<>();
        int covered = 0;
        for (Tiling.Tile t : tiles) {
            covered += t.length();
            regions.add(new Result.Region(t.length(), Regions.lines(a.tokens(), t.a(), t.length()),
                    Regions.lines(b.tokens(), t.b(), t.length())));
        }
        int shared = Math.round(sim * (fingerprints.get(i).length + fingerprints.get(j).length) / 2);
        return new Result.Pair(a, b, sim, shared, ratio(covered, a.tokens().size()), ratio(covered, b.tokens().size()), regions);
    }

    private static double ratio(int part, int whole) { return whole == 0 ? 0 : (double) part / whole; }
}
