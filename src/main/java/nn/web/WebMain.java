package nn.web;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nn.i18n.Lang;
import nn.i18n.Messages;
import nn.interp.Limits;
import nn.interp.TerminalCapabilities;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;
import nn.platform.PageFiles;
import nn.run.Session;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The browser build's entry point (TeaVM's main class). Loading nn.js as a classic script defines the global
 * function {@code nnRun} (exported by TeaVM, see {@link #nnRun}); each call runs one script in a fresh session,
 * as {@code ./nn FILE} does with its output to a pipe (no colour, 80 columns), synchronously on the caller's
 * thread. The contract is written in web/CONTRACT.md.
 */
public final class WebMain {
    private WebMain() {}

    /** TeaVM needs a main class; the page calls {@link #nnRun}, not this. */
    public static void main(String[] args) {
        // nothing to start: nnRun is defined when nn.js loads
    }

    /**
     * {@code nnRun(source, fileName, emit, options)}: runs {@code source} as the script {@code fileName}; returns 0
     * when it ran to its end, 1 when it had an error (printed through {@code emit} as the terminal shows it).
     */
    @JSExport
    public static int nnRun(String source, String fileName, Emit emit, JSObject options) {
        EmitStream[] streams = EmitStream.pair(emit);
        PrintStream out = new PrintStream(streams[0], true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(streams[1], true, StandardCharsets.UTF_8);
        String name = fileName == null || fileName.isEmpty() ? "script.nn" : fileName;
        // The page passes the browser's language (navigator.language): "es-MX" gets Spanish, anything else English.
        Lang lang = Lang.parse(text(options, "lang"));
        Messages.use(lang != null ? lang : Lang.EN);
        try {
            SourceFile file;
            try {
                file = SourceFile.decode(name, source == null ? new byte[0] : source.getBytes(StandardCharsets.UTF_8));
            } catch (Diagnostic.Failure f) {
                f.diagnostics().forEach(d -> err.print(DiagnosticPrinter.render(d)));
                return 1;
            }
            // The page's files (option files) are the script's folder: relative names start there, as at ./nn's.
            PageFiles.install(new JsPageFiles(files(options), emit));
            Session session = new Session(limits(options), List.of(PageFiles.ROOT), out, err, false, TerminalCapabilities.PLAIN);
            session.interpreter().output.setPlots((text, svg) -> emit.emit("plot", text, svg));
            // The page charts training runs as they go; other callers (the Node runner) get the text alone.
            if ("true".equals(text(options, "training"))) session.interpreter().output.setTraining(new TrainingEvents(emit));
            return session.runOnThisThread(file) == Session.Outcome.OK ? 0 : 1;
        } finally {
            out.flush();
            err.flush();
            PageFiles.install(null);
        }
    }

    /** The JVM's defaults, with what {@code options} sets ({maxSteps, timeoutSeconds, maxMemoryMb}; lang is read above). */
    static Limits limits(JSObject options) {
        Limits limits = Limits.defaults();
        double steps = number(options, "maxSteps");
        if (steps > 0) limits = limits.withSteps((long) steps);
        double seconds = number(options, "timeoutSeconds");
        if (seconds > 0) limits = limits.withTimeout(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
        double mb = number(options, "maxMemoryMb");
        if (mb > 0) limits = limits.withMemory((long) (mb * (1 << 20)));
        return limits;
    }

    /** The options' {@code files} object (made, empty, when there is none, so that the run can write files). */
    @JSBody(params = {"options"}, script = "if (options == null) return {};"
            + " if (options.files == null || typeof options.files !== 'object') options.files = {}; return options.files;")
    private static native JSObject files(JSObject options);

    /** The text the options object sets under {@code key}, or null. */
    @JSBody(params = {"options", "key"}, script = "if (options == null || options[key] == null) return null;"
            + " return String(options[key]);")
    private static native String text(JSObject options, String key);

    /** A positive number the options object sets under {@code key}, or -1 when it sets none. */
    @JSBody(params = {"options", "key"}, script = "if (options == null) return -1;"
            + " var v = Number(options[key]); return isFinite(v) && v > 0 ? v : -1;")
    private static native double number(JSObject options, String key);
}
