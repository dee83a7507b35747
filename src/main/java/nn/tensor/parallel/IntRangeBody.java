package nn.tensor.parallel;

/** The work of one chunk of a parallel loop: handles every index in {@code [from, to)}. */
@FunctionalInterface
public interface IntRangeBody {
    void run(int from, int to);
}
