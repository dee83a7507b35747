package nn.interp.lib;

/** What a builtin's parameter expects, as :help and the reference say it. */
public enum Type {
    NUMBER("number"), WHOLE("whole number"), MATRIX("matrix or number"), STRING("string"), BOOL("bool"),
    DATASET("dataset"), NETWORK("network"), ACTIVATION("activation"), LOSS("loss"), REGION("region"), ANY("any value");

    private final String word;

    Type(String word) { this.word = word; }

    public String word() { return Docs.type(this, word); }
}
