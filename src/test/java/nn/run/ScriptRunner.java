package nn.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Limits;
import nn.lang.source.SourceFile;

/** Runs nn source through a fresh {@link Session} and captures what it printed. */
public final class ScriptRunner {
    public record Result(Session.Outcome outcome, String out, String err) {}

    private ScriptRunner() {}

    public static Result run(String name, String text, Path folder) {
        return run(name, text, folder, Limits.defaults());
    }

    public static Result run(String name, String text, Path folder, Limits limits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Session session = new Session(limits, List.of(folder), o, e, false);
        Session.Outcome outcome = session.run(new SourceFile(name, text));
        return new Result(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
