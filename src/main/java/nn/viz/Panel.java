package nn.viz;

/** One decision-region plot among several side by side: a title and the classifier it shows. */
public record Panel(String title, Classifier classifier) {
    public Panel {
        if (title == null) title = "";
    }
}
