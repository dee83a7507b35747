package nn.data;

import nn.i18n.Messages;
import java.util.Iterator;
import java.util.NoSuchElementException;
import nn.tensor.Matrix;
import nn.tensor.Rng;

/**
 * One pass (epoch) over a dataset in mini-batches of {@code size} rows; the last batch holds the
 * rows left over and may be smaller. Rows come in dataset order, or shuffled by an {@link Rng}:
 * a trainer that keeps one Rng across epochs gets a different, reproducible order every epoch.
 * Either way every row appears exactly once per pass.
 */
public final class Batches implements Iterable<Batches.Batch> {
    private final Dataset ds;
    private final int size;
    private final int[] order;
    private final boolean inputs;

    /**
     * A mini-batch: its rows' 0-based indices in the dataset, their inputs and their targets. The
     * inputs are null in batches from {@link #withoutInputs()}.
     */
    public record Batch(int[] rows, Matrix inputs, Matrix targets) {
        public int size() { return rows.length; }

        @Override public int[] rows() { return rows.clone(); }
    }

    private Batches(Dataset ds, int size, int[] order, boolean inputs) {
        if (size < 1) throw new DataException(Messages.t("data.batch-size", size));
        this.ds = ds;
        this.size = size;
        this.order = order;
        this.inputs = inputs;
    }

    private Batches(Dataset ds, int size, int[] order) { this(ds, size, order, true); }

    /**
     * The same batches (same rows, same order) without their inputs gathered: for a trainer that reads
     * the rows' inputs from the dataset itself, in another precision — the float32 step rounds them
     * straight into its own buffer, where a float64 copy of every batch would cost as much again.
     */
    public Batches withoutInputs() { return new Batches(ds, size, order, false); }

    /** Batches in dataset order. */
    public static Batches inOrder(Dataset ds, int size) { return new Batches(ds, size, identity(ds.size())); }

    /** Batches of rows shuffled by {@code rng} (advancing it). */
    public static Batches shuffled(Dataset ds, int size, Rng rng) { return new Batches(ds, size, Split.permutation(ds.size(), rng)); }

    /** Batches of rows shuffled with {@code seed}. */
    public static Batches shuffled(Dataset ds, int size, long seed) { return shuffled(ds, size, new Rng(seed)); }

    /** One batch holding the whole dataset, in order ("batch full"). */
    public static Batches full(Dataset ds) { return new Batches(ds, Math.max(1, ds.size()), identity(ds.size())); }

    /** How many batches a pass has. */
    public int count() { return (order.length + size - 1) / size; }

    @Override public Iterator<Batch> iterator() {
        return new Iterator<>() {
            private int next = 0;

            @Override public boolean hasNext() { return next < order.length; }

            @Override public Batch next() {
                if (!hasNext()) throw new NoSuchElementException();
                int end = Math.min(order.length, next + size);
                int[] rows = java.util.Arrays.copyOfRange(order, next, end);
                next = end;
                return new Batch(rows, inputs ? Dataset.gather(ds.inputs(), rows) : null, Dataset.gather(ds.targets(), rows));
            }
        };
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }
}
