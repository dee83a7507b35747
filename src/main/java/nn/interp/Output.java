package nn.interp;

import java.io.PrintStream;
import nn.lang.source.Span;
import nn.lang.source.Visible;

/** Where a run prints: stdout for results, stderr for warnings; every character counts against the output budget. */
public final class Output {
    private final PrintStream out;
    private final PrintStream err;
    private final Budget budget;
    private final java.util.Set<Span> warned = new java.util.HashSet<>();

    public Output(PrintStream out, PrintStream err, Budget budget) {
        this.out = out;
        this.err = err;
        this.budget = budget;
    }

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

    /** A warning, once per place in the source: "file:line:col: warning: …". */
    public void warn(Span at, String message) {
        if (at != null && !warned.add(at)) return;
        out.flush();
        err.println((at == null ? "" : at.where() + ": ") + "warning: " + Visible.text(message));
        err.flush();
    }

    /** A remark that is not a problem ("replacing out.png, which already exists"). */
    public void note(String message) {
        out.flush();
        err.println("note: " + Visible.text(message));
        err.flush();
    }

    public PrintStream stdout() { return out; }
    public PrintStream stderr() { return err; }
    public void flush() { out.flush(); err.flush(); }
}
