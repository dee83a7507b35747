package nn.interp;

import nn.i18n.Messages;
import java.io.PrintStream;
import java.util.function.Supplier;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.Span;
import nn.lang.source.Visible;

/**
 * Where a run prints: stdout for results, stderr for warnings; every character counts against the output
 * budget. It also carries what the terminal behind it can do ({@link TerminalCapabilities}), as the front
 * end told it.
 */
public final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private final Budget budget;
    private final java.util.Set<Span> warned = new java.util.HashSet<>();
    /** The statement running now: where a warning from code that does not know its place is shown. */
    private Span place;
    private TerminalCapabilities terminal;
    private Display display;
    private Plots plots;
    private Training training;

    /**
     * A front end that shows more than text (a notebook): plots arrive as PNG images instead of terminal
     * characters, and a bare expression's value arrives as a result instead of a printed line.
     */
    public interface Display {
        /** A plot; {@code png} renders it in memory, only when the front end asks. */
        void image(String title, Supplier<byte[]> png);

        /** The value of a bare expression, formatted as the REPL prints it. */
        void result(String text);
    }

    /** A front end that draws plots itself (the browser's page): each plot's terminal text with its figure as SVG. */
    public interface Plots {
        void plot(String terminalText, String svg);
    }

    /**
     * A front end that charts a training run as it goes (the browser's page): told when a run starts and after
     * every epoch, besides the text the run prints as usual. NaN stands for a number the run does not have
     * (accuracy without classes, validation numbers without validation data).
     */
    public interface Training {
        void started(String network, int epochs);

        void epoch(int epoch, double loss, double accuracy, double valLoss, double valAccuracy);
    }

    /** Output to a pipe or file ({@link TerminalCapabilities#PLAIN}). */
    public Output(PrintStream out, PrintStream err, Budget budget) { this(out, err, budget, TerminalCapabilities.PLAIN); }

    public Output(PrintStream out, PrintStream err, Budget budget, TerminalCapabilities terminal) {
        this.out = out;
        this.err = err;
        this.budget = budget;
        this.terminal = terminal;
    }

    /** What the terminal can do: colour, width, a live progress line. */
    public TerminalCapabilities terminal() { return terminal; }

    /** The REPL tells the session again before each entry (the window may have been resized). */
    public void setTerminal(TerminalCapabilities t) { terminal = t; }

    /** A line of text the script produced; control characters are made visible ({@link Visible}). */
    public void line(String text, Span at) {
        budget.output(text.length() + 1, at);
        out.println(Visible.text(text));
    }

    public void text(String text, Span at) {
        budget.output(text.length(), at);
        out.print(Visible.text(text));
        out.flush();
    }

    /** A drawing nn made itself (a coloured terminal plot): its escape sequences are nn's own, passed as they are. */
    public void drawing(String text, Span at) {
        budget.output(text.length(), at);
        out.print(text);
        out.flush();
    }

    /**
     * A plot in its terminal form; where a {@link Plots} front end is set, it gets the same text and the plot as
     * SVG ({@code svg} is only called then), instead of the text on stdout. Counted against the output budget alike.
     */
    public void plot(String drawing, Supplier<String> svg, Span at) {
        if (plots == null) { drawing(drawing, at); return; }
        budget.output(drawing.length(), at);
        out.flush();
        plots.plot(drawing, svg.get());
    }

    public void setPlots(Plots p) { plots = p; }

    public void setTraining(Training t) { training = t; }

    /** The front end that charts training runs, or null (a terminal, a notebook). */
    public Training training() { return training; }

    /** A bare expression's value: a printed line, or the display's result. */
    public void result(String text, Span at) {
        if (display == null) { line(text, at); return; }
        budget.output(text.length() + 1, at);
        out.flush();
        display.result(text);
    }

    /**
     * A warning, once per place in the source, in the format of errors: "file:line:col: warning: …", the
     * source line and a caret. Without a place ({@code at} null) it is shown at the running statement.
     */
    public void warn(Span at, String message) { warn(at, message, null); }

    /** As {@link #warn(Span, String)}, with a hint line under the caret (null for none). */
    public void warn(Span at, String message, String hint) {
        if (at == null) at = place;
        if (at != null && !warned.add(at)) return;
        out.flush();
        err.print(at == null ? Messages.t("diagnostic.warning") + ": " + Visible.text(message) + "\n"
                        + (hint == null ? "" : "  " + Messages.t("diagnostic.hint") + ": " + Visible.text(hint) + "\n")
                : DiagnosticPrinter.render(hint == null ? Diagnostic.at(at, Visible.text(message))
                        : Diagnostic.at(at, Visible.text(message), Visible.text(hint)), "warning"));
        err.flush();
    }

    /** A remark that is not a problem ("replacing out.png, which already exists"). */
    public void note(String message) {
        out.flush();
        err.println(Messages.t("diagnostic.note") + ": " + Visible.text(message));
        err.flush();
    }

    Span place() { return place; }
    void setPlace(Span s) { place = s; }

    public void setDisplay(Display d) { display = d; }

    /** The image display, or null when plots are drawn as terminal text. */
    public Display display() { return display; }

    public PrintStream stdout() { return out; }
    public PrintStream stderr() { return err; }
    public void flush() { out.flush(); err.flush(); }
}
