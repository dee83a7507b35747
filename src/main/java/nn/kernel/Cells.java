package nn.kernel;

import nn.i18n.Messages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nn.interp.Limits;
import nn.interp.Output;
import nn.lang.source.SourceFile;
import nn.run.Session;

/**
 * The notebook's side of a session: one {@link Session} for every cell (names persist, as in the REPL), each
 * cell a source file named "cell N" (errors read {@code cell 3:2:5}), its budgets fresh per cell. What a cell
 * prints streams to the front end as it comes; plots become PNG images; the value of a bare expression
 * becomes the cell's result (the last one; earlier ones are printed, in order).
 */
final class Cells {
    /** What the kernel does with a cell's output. */
    interface Front {
        void stream(String name, String text);
        void image(String title, byte[] png);
        void result(String text);
    }

    record Ran(Session.Outcome outcome, String errorText) { }

    private final Session session;
    private final Front front;
    private final StringBuilder errors = new StringBuilder();
    private String pendingResult;

    Cells(Limits limits, List<Path> allowedDirs, Front front) {
        this.front = front;
        PrintStream out = new PrintStream(new StreamSink(t -> front.stream("stdout", t), this::releaseResult), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new StreamSink(t -> { errors.append(t); front.stream("stderr", t); }, this::releaseResult),
                true, StandardCharsets.UTF_8);
        this.session = new Session(limits, allowedDirs, out, err, true);
        session.interpreter().output().setDisplay(new Output.Display() {
            @Override
            public void image(String title, Supplier<byte[]> png) {
                out.flush();
                releaseResult();
                front.image(title, png.get());
            }

            @Override
            public void result(String text) {
                releaseResult();
                pendingResult = text;
            }
        });
    }

    /** Runs one cell; blocks until it finishes, fails or is interrupted. */
    Ran run(int number, String code) {
        errors.setLength(0);
        pendingResult = null;
        Session.Outcome outcome = session.run(new SourceFile(Messages.t("kernel.cell-name", number), code));
        session.interpreter().output().flush();
        if (pendingResult != null) {
            String r = pendingResult;
            pendingResult = null;
            front.result(r);
        }
        return new Ran(outcome, errors.toString());
    }

    /** An earlier result is printed once something follows it, so output keeps its order. */
    private void releaseResult() {
        String r = pendingResult;
        if (r == null) return;
        pendingResult = null;
        front.stream("stdout", r + "\n");
    }

    void interrupt() { session.interrupt(); }

    Session session() { return session; }
}
