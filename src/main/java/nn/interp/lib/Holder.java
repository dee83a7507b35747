package nn.interp.lib;

/** The kinds of value that have fields, each with the lecture area its fields belong to. */
public enum Holder {
    MATRIX("a matrix", "M", Area.MATRICES),
    PARAMETER("a parameter (or a value computed from one)", "W", Area.GRAPH),
    NETWORK("a network", "net", Area.NETWORKS),
    LAYER("a layer of a network", "layer", Area.NETWORKS),
    DATASET("a dataset", "d", Area.DATA),
    HISTORY("a training history", "h", Area.METRICS),
    CONFUSION("a confusion matrix", "c", Area.METRICS),
    UNIT("any unit: threshold unit, perceptron, linear unit or threshold network", "u", Area.UNITS),
    THRESHOLD_UNIT("a threshold unit", "u", Area.UNITS),
    PERCEPTRON("a perceptron", "p", Area.UNITS),
    LINEAR_UNIT("a linear unit", "u", Area.UNITS),
    THRESHOLD_NETWORK("a threshold network or gate", "g", Area.UNITS);

    private final String title, example;
    private final Area area;

    Holder(String title, String example, Area area) {
        this.title = title;
        this.example = example;
        this.area = area;
    }

    public String title() { return Docs.holder(this, title); }
    /** The variable :help writes before the dot. */
    public String example() { return example; }
    public Area area() { return area; }
}
