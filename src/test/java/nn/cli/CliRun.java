package nn.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nn.i18n.Lang;
import nn.i18n.Messages;

/**
 * One {@code nn} command line run in this JVM through {@link Main#execute}, with what it printed: standard output
 * and error are captured for the run and put back after it, and so is the language of messages ({@code --lang es}
 * changes it for the run only).
 */
public record CliRun(int status, String out, String err) {
    public static CliRun of(String... args) {
        PrintStream out = System.out, err = System.err;
        Lang lang = Messages.lang();
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute(args);
            return new CliRun(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            Messages.use(lang);
        }
    }
}
