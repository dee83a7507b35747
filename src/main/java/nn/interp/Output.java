package nn.interp;

import java.io.PrintStream;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.Span;

/** Where a run prints: stdout for results, stderr for warnings; every character counts against the output budget. */
public final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private final Budget budget;
    private final java.util.Set<Span> warned = new java.util.HashSet<>();
    /** The statement running now: where a warning from code that does not know its place is shown. */
    private Span place;

    public Output(PrintStream out, PrintStream err, Budget budget) {
        this.out = out;
        this.err = err;
        this.budget = budget;
    }

    public void line(String text, Span at) {
        budget.output(text.length() + 1, at);
        out.println(text);
    }

    public void text(String text, Span at) {
        budget.output(text.length(), at);
        out.print(text);
        out.flush();
    }

    /**
     * A warning, once per place in the source, in the format of errors: "file:line:col: warning: …", the
     * source line and a caret. Without a place ({@code at} null) it is shown at the running statement.
     */
    public void warn(Span at, String message) {
        if (at == null) at = place;
        if (at != null && !warned.add(at)) return;
        out.flush();
        err.print(at == null ? "warning: " + message + "\n" : DiagnosticPrinter.render(Diagnostic.at(at, message), "warning"));
        err.flush();
    }

    Span place() { return place; }
    void setPlace(Span s) { place = s; }

    public PrintStream stdout() { return out; }
    public PrintStream stderr() { return err; }
    public void flush() { out.flush(); err.flush(); }
}
