package nn.similar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A canonical order for the statements of one block, the same for every order a copier could have
 * chosen without changing what the block does. Two statements depend on each other when one writes
 * a name the other reads or writes (see {@link Uses}); that relation is the same in every such order.
 * The canonical order is the topological order of this dependence graph that always takes, among the
 * statements whose predecessors are done, the one whose normalised tokens are smallest. Since the keys
 * ignore names, numbers and strings, renamed copies sort the same way too.
 */
final class StatementOrder {
    private StatementOrder() {}

    /** Indices into the block, in canonical order. {@code keys[i]} are statement i's normalised token codes. */
    static int[] canonical(List<Uses> uses, List<int[]> keys) {
        int n = uses.size();
        List<List<Integer>> successors = new ArrayList<>(n);
        int[] indegree = new int[n];
        for (int i = 0; i < n; i++) successors.add(new ArrayList<>());
        Map<String, Integer> lastWriter = new HashMap<>();
        Map<String, List<Integer>> readersSinceWrite = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Uses u = uses.get(i);
            java.util.Set<Integer> before = new java.util.TreeSet<>();
            for (String r : u.reads) {
                Integer w = lastWriter.get(r);
                if (w != null) before.add(w);
            }
            for (String w : u.writes) {
                Integer prev = lastWriter.get(w);
                if (prev != null) before.add(prev);
                before.addAll(readersSinceWrite.getOrDefault(w, List.of()));
            }
            before.remove(i);
            for (int b : before) { successors.get(b).add(i); indegree[i]++; }
            for (String r : u.reads) readersSinceWrite.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
            for (String w : u.writes) { lastWriter.put(w, i); readersSinceWrite.put(w, new ArrayList<>(Set.of(i))); }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>((a, b) -> {
            int c = Arrays.compare(keys.get(a), keys.get(b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++) if (indegree[i] == 0) ready.add(i);
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order[k++] = next;
            for (int s : successors.get(next)) if (--indegree[s] == 0) ready.add(s);
        }
        return order;
    }
}
