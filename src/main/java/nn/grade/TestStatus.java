package nn.grade;

/** How a test ended. A failed check is the student's wrong answer; error and timeout are faults of the run. */
public enum TestStatus {
    PASSED("passed"), FAILED("failed"), ERROR("error"), TIMEOUT("timeout");

    public final String word;
    TestStatus(String word) { this.word = word; }
}
