package nn.model.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A small sum of products for a truth table: all prime implicants, then a cover of the true rows
 * chosen greedily (essential implicants first, then the one covering most uncovered rows). The
 * cover is small but not always minimum (minimum cover is NP-hard). Time O(n·3ⁿ), so the caller
 * limits n.
 */
final class PrimeImplicants {
    private PrimeImplicants() {}

    /**
     * A product of literals: row bit p is fixed when bit p of {@code mask} is set, to bit p of
     * {@code value}. Bits are row bits: variable j is bit n − 1 − j.
     */
    record Cube(int mask, int value) {
        boolean covers(int row) { return (row & mask) == value; }
        int literalCount() { return Integer.bitCount(mask); }
    }

    /** A greedy cover of the true rows of {@code truth} (n variables) by prime implicants. */
    static List<Cube> cover(long[] truth, int n) {
        List<Cube> primes = primes(truth, n);
        int rows = 1 << n;
        long[][] covered = new long[primes.size()][];
        for (int i = 0; i < covered.length; i++) covered[i] = rowsOf(primes.get(i), n);
        long[] uncovered = truth.clone();
        List<Cube> chosen = new ArrayList<>();
        boolean[] taken = new boolean[primes.size()];
        // Essential implicants: the only prime covering some true row.
        for (int r = 0; r < rows; r++) {
            if (!TruthVector.get(truth, r)) continue;
            int only = -1, count = 0;
            for (int i = 0; i < covered.length && count < 2; i++)
                if (TruthVector.get(covered[i], r)) { only = i; count++; }
            if (count == 1 && !taken[only]) take(only, primes, covered, taken, chosen, uncovered);
        }
        while (!isEmpty(uncovered)) {
            int best = -1, bestGain = 0;
            for (int i = 0; i < covered.length; i++) {
                if (taken[i]) continue;
                int gain = overlap(covered[i], uncovered);
                if (gain > bestGain || gain == bestGain && gain > 0
                        && primes.get(i).literalCount() < primes.get(best).literalCount()) {
                    best = i;
                    bestGain = gain;
                }
            }
            take(best, primes, covered, taken, chosen, uncovered);
        }
        // Reads like a textbook sum: products with more plain (true) literals on early variables first.
        chosen.sort(Comparator.comparingInt(Cube::value).reversed().thenComparingInt(Cube::literalCount));
        return chosen;
    }

    private static void take(int i, List<Cube> primes, long[][] covered, boolean[] taken, List<Cube> chosen, long[] uncovered) {
        taken[i] = true;
        chosen.add(primes.get(i));
        for (int w = 0; w < uncovered.length; w++) uncovered[w] &= ~covered[i][w];
    }

    /**
     * Every prime implicant. Cubes are numbered in base 3, digit p for row bit p: 0 or 1 fixes the
     * bit, 2 leaves it free. A cube is an implicant when both halves along its lowest free bit are;
     * it is prime when freeing any fixed bit gives a non-implicant.
     */
    static List<Cube> primes(long[] truth, int n) {
        int[] pow3 = new int[n + 1];
        pow3[0] = 1;
        for (int p = 1; p <= n; p++) pow3[p] = 3 * pow3[p - 1];
        int cubes = pow3[n];
        boolean[] implicant = new boolean[cubes];
        int[] digits = new int[n];
        for (int c = 0; c < cubes; c++) {
            if (c > 0) increment(digits);
            int lowestFree = -1, row = 0;
            for (int p = n - 1; p >= 0; p--) {
                if (digits[p] == 2) lowestFree = p;
                else row |= digits[p] << p;
            }
            implicant[c] = lowestFree < 0 ? TruthVector.get(truth, row)
                    : implicant[c - 2 * pow3[lowestFree]] && implicant[c - pow3[lowestFree]];
        }
        List<Cube> primes = new ArrayList<>();
        java.util.Arrays.fill(digits, 0);
        for (int c = 0; c < cubes; c++) {
            if (c > 0) increment(digits);
            if (!implicant[c]) continue;
            boolean prime = true;
            int mask = 0, value = 0;
            for (int p = 0; p < n && prime; p++) {
                if (digits[p] == 2) continue;
                mask |= 1 << p;
                value |= digits[p] << p;
                if (implicant[c + (2 - digits[p]) * pow3[p]]) prime = false;
            }
            if (prime) primes.add(new Cube(mask, value));
        }
        return primes;
    }

    /** The rows a cube covers, as a bitset over 2ⁿ rows. */
    static long[] rowsOf(Cube cube, int n) {
        long[] bits = new long[Math.max(1, (1 << n) / 64)];
        int free = ~cube.mask() & ((1 << n) - 1);
        // Walks every subset of the free bits.
        int sub = 0;
        do {
            int row = cube.value() | sub;
            bits[row >>> 6] |= 1L << (row & 63);
            sub = (sub - free) & free;
        } while (sub != 0);
        return bits;
    }

    private static void increment(int[] digits) {
        for (int p = 0; p < digits.length; p++) {
            if (++digits[p] < 3) return;
            digits[p] = 0;
        }
    }

    private static int overlap(long[] a, long[] b) {
        int count = 0;
        for (int w = 0; w < a.length; w++) count += Long.bitCount(a[w] & b[w]);
        return count;
    }

    private static boolean isEmpty(long[] bits) {
        for (long w : bits) if (w != 0) return false;
        return true;
    }
}
