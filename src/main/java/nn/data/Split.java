package nn.data;

import nn.i18n.Messages;
import nn.tensor.Rng;

/**
 * Divides a dataset into two disjoint parts after shuffling its rows with a seed: the first part
 * gets round(fraction × size) rows, the second the rest. The same dataset, fraction and seed always
 * give the same parts.
 */
public final class Split {
    private Split() {}

    /** The two parts, for example training and test data. */
    public record Parts(Dataset first, Dataset second) {}

    public static Parts split(Dataset ds, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1))
            throw new DataException(Messages.t("data.split-fraction", Format.number(fraction)));
        int m = ds.size();
        int firstSize = (int) Math.round(fraction * m);
        if (firstSize == 0 || firstSize == m)
            throw new DataException(Messages.t("data.split-empty-part", ds.name(), m, Format.number(fraction)));
        int[] order = permutation(m, new Rng(seed));
        int[] first = new int[firstSize], second = new int[m - firstSize];
        System.arraycopy(order, 0, first, 0, firstSize);
        System.arraycopy(order, firstSize, second, 0, second.length);
        return new Parts(ds.select(first), ds.select(second));
    }

    /** 0 … n−1 shuffled by {@code rng}. */
    static int[] permutation(int n, Rng rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        rng.shuffle(order);
        return order;
    }
}
