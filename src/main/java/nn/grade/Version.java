package nn.grade;

/** nn's version as reports record it (a regrade can tell which nn graded). */
public final class Version {
    private Version() {}
    public static final String NN = nn.run.Version.get();  // written once, in the pom
}
