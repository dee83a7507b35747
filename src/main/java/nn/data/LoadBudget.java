package nn.data;

/**
 * What a loader charges before it holds numbers: the run's memory budget, told the size of what is
 * about to be decoded (from a file's header, or as rows arrive), so that a small file that declares
 * or expands to a huge table is refused before it is read, not after.
 */
@FunctionalInterface
public interface LoadBudget {
    /** Called before {@code rows}×{@code cols} numbers are held; throws when they would not fit. */
    void charge(long rows, long cols);

    /** No budget: tests and tools that load trusted files. */
    LoadBudget NONE = (rows, cols) -> { };
}
