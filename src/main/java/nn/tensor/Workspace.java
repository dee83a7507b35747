package nn.tensor;

import nn.i18n.Messages;
/**
 * Reuses the intermediate matrices of a repeated computation — a training step — instead of
 * allocating them again every time.
 *
 * <p>A training loop makes one workspace for the whole run and wraps each step in {@link #begin()} and {@link #end()}.
 * While a step runs on this thread, {@link Matrix#scratch} hands out the workspace's arrays in the order
 * they are asked for: the k-th request of a step gets the array the k-th request of the previous step
 * got, when it is the same size (a step's requests repeat: same network, same batch size; the smaller
 * last batch of an epoch keeps a second array per position, so epochs do not thrash). Outside a step,
 * {@link Matrix#scratch} allocates as usual.
 *
 * <p>The contract that makes this safe: a matrix from a step is read only until the next step of the
 * same workspace begins. The trainer keeps nothing from a step but numbers (the loss, a count of
 * correct answers) and the parameters, which are never scratch matrices; the gradients a step leaves
 * stay valid after the run, because no later step writes them. Scratch contents are undefined, so
 * only code that writes every element asks for one.
 */
public final class Workspace {
    private static final ThreadLocal<Workspace> CURRENT = new ThreadLocal<>();

    private double[][] recent = new double[64][];
    private double[][] older = new double[64][];
    private int next;
    private boolean active;
    private Workspace outer;

    /** Starts a step on this thread: requests are numbered from 0 again. End it with {@link #end} in a finally block. */
    public void begin() {
        if (active) throw new IllegalStateException(Messages.t("internal.workspace-running"));
        outer = CURRENT.get();
        next = 0;
        active = true;
        CURRENT.set(this);
    }

    /** Ends the step {@link #begin} started; outside it, {@link Matrix#scratch} allocates again. */
    public void end() {
        active = false;
        if (outer == null) CURRENT.remove(); else CURRENT.set(outer);
        outer = null;
    }

    /** An array of n doubles with undefined contents: the current step's next one, or a new one outside a step. */
    static double[] doubles(int n) {
        Workspace w = CURRENT.get();
        return w == null ? new double[n] : w.take(n);
    }

    private double[] take(int n) {
        int i = next++;
        if (i == recent.length) {
            recent = java.util.Arrays.copyOf(recent, i * 2);
            older = java.util.Arrays.copyOf(older, i * 2);
        }
        double[] a = recent[i];
        if (a != null && a.length == n) return a;
        double[] b = older[i];
        older[i] = a;
        recent[i] = b != null && b.length == n ? b : new double[n];
        return recent[i];
    }
}
