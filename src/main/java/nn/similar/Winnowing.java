package nn.similar;

import java.util.Arrays;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document
 * fingerprinting", SIGMOD 2003 — the algorithm behind MOSS). Every k consecutive tokens are hashed;
 * in every window of w consecutive hashes the smallest is kept (the rightmost if tied, recorded once
 * per position). Any match of at least w + k - 1 tokens is then guaranteed to share a fingerprint,
 * and nothing shorter than k tokens ever does, whatever the files' lengths.
 */
final class Winnowing {
    private Winnowing() {}

    /** The hash of the k tokens starting at each position (none when there are fewer than k tokens). */
    static long[] kgrams(int[] codes, int k) {
        int n = codes.length - k + 1;
        if (n <= 0) return new long[0];
        long[] out = new long[n];
        final long base = 1_000_003L;
        long power = 1;
        for (int i = 1; i < k; i++) power *= base;
        long h = 0;
        for (int i = 0; i < k; i++) h = h * base + (codes[i] & 0xffffffffL);
        out[0] = mix(h);
        for (int i = 1; i < n; i++) {
            h = (h - (codes[i - 1] & 0xffffffffL) * power) * base + (codes[i + k - 1] & 0xffffffffL);
            out[i] = mix(h);
        }
        return out;
    }

    /** The fingerprints: the distinct hashes winnowing selects, sorted. */
    static long[] winnow(long[] hashes, int w) {
        if (hashes.length == 0) return hashes;
        if (hashes.length <= w) return distinctSorted(new long[] {min(hashes, 0, hashes.length)});
        long[] picked = new long[hashes.length];
        int count = 0, last = -1;
        for (int start = 0; start + w <= hashes.length; start++) {
            int at = start;
            for (int i = start + 1; i < start + w; i++) if (hashes[i] <= hashes[at]) at = i;
            if (at != last) { picked[count++] = hashes[at]; last = at; }
        }
        return distinctSorted(Arrays.copyOf(picked, count));
    }

    private static long min(long[] a, int from, int to) {
        long m = a[from];
        for (int i = from + 1; i < to; i++) m = Math.min(m, a[i]);
        return m;
    }

    static long[] distinctSorted(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = 0;
        for (int i = 0; i < v.length; i++) if (i == 0 || v[i] != v[i - 1]) v[n++] = v[i];
        return Arrays.copyOf(v, n);
    }

    /** SplitMix64's finaliser: spreads the polynomial hash so the window minimum is well mixed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
