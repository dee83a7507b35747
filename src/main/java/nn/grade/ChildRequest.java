package nn.grade;

/**
 * What the parent sends a child JVM on its standard input. The assignment travels as text, so the child
 * never needs (or gets) a path to the assignment file; the child's sandbox is the submission's copy only.
 */
record ChildRequest(String assignmentName, String assignmentSource, String folder, String file, String assignmentFolder) {
    /** A request without an assignment folder (its helpers then read no files): the warm-up's. */
    ChildRequest(String assignmentName, String assignmentSource, String folder, String file) {
        this(assignmentName, assignmentSource, folder, file, "");
    }
}
