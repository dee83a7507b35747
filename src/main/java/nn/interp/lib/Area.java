package nn.interp.lib;

/** The lecture areas the builtins are grouped by; each is a topic of the REPL's {@code :help}. */
public enum Area {
    MATRICES("matrices", "numbers and matrices"),
    GRAPH("graph", "parameters, losses and optimizers (the computational graph)"),
    UNITS("units", "threshold units, perceptrons, regions and learning rules"),
    NETWORKS("networks", "layers of networks"),
    DATA("data", "making and changing datasets"),
    METRICS("metrics", "how well a network does"),
    FILES("files", "loading saved networks"),
    TEXT("text", "strings and lists: format, f-strings, append");

    private final String topic, title;

    Area(String topic, String title) {
        this.topic = topic;
        this.title = title;
    }

    /** The word :help takes for this area. */
    public String topic() { return topic; }
    public String title() { return Docs.area(topic, title); }
}
