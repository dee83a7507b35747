package nn.viz;

import java.util.Arrays;

/**
 * A map from 24-bit colours to ints without boxing (open addressing, linear probing): how often each colour
 * of a frame is used, or a colour's palette index. A frame of 100,000 pixels has a few thousand colours.
 */
final class ColourCounts {
    private static final int EMPTY = -1;
    private int[] keys = new int[1024], values = new int[1024];
    private int size;

    ColourCounts() { Arrays.fill(keys, EMPTY); }

    void add(int rgb) {
        int slot = slot(rgb);
        if (keys[slot] == EMPTY) { insert(slot, rgb, 1); return; }
        values[slot]++;
    }

    void put(int rgb, int value) {
        int slot = slot(rgb);
        if (keys[slot] == EMPTY) insert(slot, rgb, value); else values[slot] = value;
    }

    /** The value of {@code rgb}, or −1 when it is absent. */
    int get(int rgb) {
        int slot = slot(rgb);
        return keys[slot] == EMPTY ? -1 : values[slot];
    }

    /** Up to {@code n} colours, the most used first (ties by colour, so the palette is the same every run). */
    int[] mostUsed(int n) {
        long[] packed = new long[size];
        int k = 0;
        for (int i = 0; i < keys.length; i++)
            if (keys[i] != EMPTY) packed[k++] = (long) (Integer.MAX_VALUE - values[i]) << 24 | keys[i];
        Arrays.sort(packed);
        int[] out = new int[Math.min(n, size)];
        for (int i = 0; i < out.length; i++) out[i] = (int) (packed[i] & 0xffffff);
        return out;
    }

    private int slot(int rgb) {
        int mask = keys.length - 1, i = (rgb * 0x9E3779B1 >>> 7) & mask;
        while (keys[i] != EMPTY && keys[i] != rgb) i = (i + 1) & mask;
        return i;
    }

    private void insert(int slot, int rgb, int value) {
        keys[slot] = rgb;
        values[slot] = value;
        if (++size * 2 > keys.length) grow();
    }

    private void grow() {
        int[] oldKeys = keys, oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) insert(slot(oldKeys[i]), oldKeys[i], oldValues[i]);
    }
}
