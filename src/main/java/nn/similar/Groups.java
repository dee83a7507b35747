package nn.similar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of three or more submissions that share code: the connected components of the graph whose
 * edges are the pairs above the threshold. Each group reports its weakest and mean pair, so a chain
 * (A like B, B like C, A unlike C) shows as a low minimum.
 */
final class Groups {
    private Groups() {}

    static List<Result.Group> of(List<Result.Pair> pairs) {
        Map<Submission, Submission> parent = new IdentityHashMap<>();
        for (Result.Pair p : pairs) union(parent, p.a(), p.b());
        Map<Submission, List<Result.Pair>> byRoot = new IdentityHashMap<>();
        for (Result.Pair p : pairs) byRoot.computeIfAbsent(find(parent, p.a()), r -> new ArrayList<>()).add(p);
        List<Result.Group> out = new ArrayList<>();
        for (List<Result.Pair> edges : byRoot.values()) {
            List<Submission> members = new ArrayList<>();
            for (Result.Pair p : edges) {
                if (!members.contains(p.a())) members.add(p.a());
                if (!members.contains(p.b())) members.add(p.b());
            }
            if (members.size() < 3) continue;
            members.sort(Comparator.comparing(Submission::id));
            double lowest = edges.stream().mapToDouble(Result.Pair::similarity).min().orElse(0);
            double mean = edges.stream().mapToDouble(Result.Pair::similarity).average().orElse(0);
            out.add(new Result.Group(members, lowest, mean, edges.size()));
        }
        out.sort(Comparator.comparingDouble((Result.Group g) -> -g.mean()).thenComparing(g -> g.members().get(0).id()));
        return out;
    }

    private static Submission find(Map<Submission, Submission> parent, Submission s) {
        Submission p = parent.getOrDefault(s, s);
        if (p == s) return s;
        Submission root = find(parent, p);
        parent.put(s, root);
        return root;
    }

    private static void union(Map<Submission, Submission> parent, Submission a, Submission b) {
        Submission ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent.put(ra, rb);
    }
}
