package nn.model.logic;

/**
 * Receives the narration of a training run, one line at a time, already indented (an example's
 * header flush left, its formulas indented by two spaces). The interpreter prints them under
 * {@code trace on}; {@link #SILENT} skips building them at all.
 */
@FunctionalInterface
public interface Narrator {
    void line(String text);

    /**
     * Called before each example is processed, whether or not lines are wanted: the interpreter
     * checks its time budget and Ctrl-C here, so a long run can be stopped.
     */
    default void example() { }

    /** False when lines would be thrown away, so callers can skip formatting them. */
    default boolean enabled() { return true; }

    Narrator SILENT = new Narrator() {
        @Override public void line(String text) { }
        @Override public boolean enabled() { return false; }
    };
}
