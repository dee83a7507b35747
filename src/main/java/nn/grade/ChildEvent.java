package nn.grade;

import java.util.List;

/**
 * One line of the child JVM's report to the parent (JSON, one per line on the child's standard output):
 * the script's run, then each finished test as it finishes, then "done". A child that dies loses only the
 * lines it had not written.
 *
 * @param kind   "script", "test" or "done"
 * @param status for "script": ok, error, timeout or syntax-error; for "done": "reusable" when the run ended
 *               in a way that leaves nothing behind (the child may grade another submission), else "spent"
 */
record ChildEvent(String kind, String status, String message, String output, TestResult test, List<String> notes) {
    static ChildEvent script(String status, String message, String output, List<String> notes) {
        return new ChildEvent("script", status, message, output, null, notes);
    }
    static ChildEvent test(TestResult t) { return new ChildEvent("test", null, null, null, t, List.of()); }
    static ChildEvent done(boolean reusable) {
        return new ChildEvent("done", reusable ? "reusable" : "spent", null, null, null, List.of());
    }
}
