package nn.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nn.interp.Value;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;

/** The REPL's colon commands: :help, :vars, :load FILE, :history, :save FILE, :reset, :quit. */
final class Commands {
    private Commands() {}

    static final String HELP = """
            Type nn statements; a bare expression prints its value. Examples:
              x = [2, 3]
              W1 = [[0.11, 0.12], [0.21, 0.08]]
              x @ W1
              fn f(z) { return max(z, 0) ^ 2 }
            An open bracket or brace continues the entry on the next line.
            Commands:
              :help         this text
              :help NAME    what a builtin or field takes and does, with an example (:help spiral, :help grad)
              :help TOPIC   the builtins and fields of a topic: matrices, graph, units, networks, data, metrics, files, fields
              :vars         the names you have defined and their values
              :load FILE    run a script in this session (its definitions stay)
              :history      the entries that ran without error, numbered
              :save FILE    write them as a script (FILE.nn) that rebuilds this session; :save FILE 3..12 saves a range
              :reset        forget every definition (and start a new history)
              :quit         leave (also Ctrl-D)
            Keys: Tab completes names and keywords; Ctrl-C abandons the line or stops a running statement.
            The language reference is docs/language.md.""";

    static boolean run(Repl repl, String command) {
        String[] parts = command.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case ":help", ":h", ":?" -> repl.out().println(arg.isEmpty() ? HELP : Help.about(arg));
            // Formatting every value can take long (a huge list or matrix): under the budgets, stopped by Ctrl-C.
            case ":vars", ":v" -> {
                if (repl.session().command(() -> vars(repl)) != nn.run.Session.Outcome.OK) repl.commandFailed();
            }
            case ":load", ":l" -> load(repl, arg);
            case ":history", ":hist" -> repl.out().println(repl.script().history());
            case ":save" -> save(repl, arg);
            case ":reset" -> {
                repl.session().reset();
                repl.script().clear();
                repl.out().println("session reset: every definition is forgotten");
            }
            case ":quit", ":q", ":exit" -> { return false; }
            default -> repl.commandFailed("unknown command " + nn.lang.source.Visible.text(parts[0]), ":help lists the commands");
        }
        return true;
    }

    private static void vars(Repl repl) {
        Map<String, Value> user = new TreeMap<>();
        repl.session().interpreter().globals().locals().forEach((k, v) -> {
            if (!(v instanceof Value.Builtin)) user.put(k, v);
        });
        if (user.isEmpty()) {
            repl.out().println("no names defined yet");
            return;
        }
        var format = repl.session().interpreter().format();
        user.forEach((k, v) -> {
            String shown = format.value(v);
            // A value that prints on several lines (a dataset, a network) is named in one line instead of squeezed.
            if (shown.contains("\n")) {
                repl.out().println("  " + k + " = " + v.describe());
                return;
            }
            if (shown.length() > 70) shown = shown.substring(0, 67) + "...";
            repl.out().println("  " + k + " = " + shown + "   (" + v.describe() + ")");
        });
    }

    /**
     * {@code :save FILE [FROM..TO]}: the session's entries as a script. The file goes through the sandbox's
     * rules for writes (an allowed folder, never through a link, opened without following one); it must be a
     * new .nn file, or one this session saved before (then it says it replaces it).
     */
    private static void save(Repl repl, String arg) {
        String[] parts = arg.isEmpty() ? new String[0] : arg.split("\\s+", 2);
        if (parts.length == 0) {
            repl.commandFailed("usage: :save FILE [FROM..TO]", "name the script to write, like :save session.nn");
            return;
        }
        String name = parts[0];
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) name = name.substring(1, name.length() - 1);
        if (repl.script().size() == 0) {
            repl.commandFailed("nothing to save: no entry has run without error yet", null);
            return;
        }
        StringBuilder why = new StringBuilder();
        int[] range = repl.script().range(parts.length > 1 ? parts[1].strip() : "", why);
        if (range == null) {
            repl.commandFailed(why.toString(), ":history lists the entries with their numbers");
            return;
        }
        Path target;
        try {
            target = repl.session().interpreter().sandbox().forSavingSession(name, repl.saved()::contains);
        } catch (nn.interp.RuntimeError e) {
            repl.commandFailed(e.getMessage(), e.hint());
            return;
        }
        boolean replacing = repl.saved().contains(target);
        var options = replacing
                ? new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS}
                : new java.nio.file.OpenOption[] {java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS};
        try (var w = Files.newBufferedWriter(target, java.nio.charset.StandardCharsets.UTF_8, options)) {
            w.write(repl.script().script(range[0], range[1]));
        } catch (IOException e) {
            repl.commandFailed("cannot write " + nn.lang.source.Visible.text(name) + ": "
                    + (e instanceof java.nio.file.FileAlreadyExistsException ? "it already exists" : e.getMessage()), null);
            return;
        }
        repl.saved().add(target);
        int count = range[1] - range[0] + 1;
        repl.out().println("saved " + count + (count == 1 ? " entry" : " entries") + " to " + nn.lang.source.Visible.text(name)
                + "; run it with: nn " + nn.lang.source.Visible.text(name));
    }

    private static void load(Repl repl, String arg) {
        if (arg.isEmpty()) {
            repl.commandFailed("usage: :load FILE", "name the script to run, like :load samples/xor-train.nn");
            return;
        }
        // A quoted name, as strings are written in nn, is accepted too.
        if (arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")) arg = arg.substring(1, arg.length() - 1);
        nn.interp.Sandbox sandbox = repl.session().interpreter().sandbox();
        Path path;
        try {
            path = loadable(sandbox, arg);
        } catch (nn.interp.RuntimeError e) {
            repl.commandFailed(e.getMessage(), e.hint());
            return;
        }
        // The REPL's user owns their files: a script elsewhere is loaded, and its folder allowed from now on.
        Path folder = path.getParent();
        if (sandbox.allow(folder))
            repl.note(":load allowed the folder of " + nn.lang.source.Visible.text(arg) + " for this session");
        try {
            byte[] bytes;
            try (var in = nn.io.LinkFreeFiles.newInputStream(path)) {
                bytes = in.readAllBytes();
            }
            SourceFile file = SourceFile.decode(arg, bytes);
            // Paths inside the script are relative to its own folder, as when it is run with nn FILE.
            sandbox.whileLoading(folder, () -> repl.evaluate(file));
        } catch (Diagnostic.Failure f) {
            repl.commandFailed(f);
        } catch (IOException e) {
            repl.commandFailed("cannot read " + nn.lang.source.Visible.text(arg) + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()), null);
        }
    }

    /** The script :load names, relative to where relative names start: an existing regular file, as its real path. */
    private static Path loadable(nn.interp.Sandbox sandbox, String arg) {
        if (arg.isEmpty()) throw new nn.interp.RuntimeError("the file name is empty", "name the script to run, like :load samples/xor-train.nn");
        Path base = sandbox.base();
        Path p;
        try {
            p = (base == null ? Path.of(arg) : base.resolve(arg)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new nn.interp.RuntimeError("\"" + nn.lang.source.Visible.name(arg) + "\" is not a valid file name", null);
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new nn.interp.RuntimeError("file not found: " + nn.lang.source.Visible.name(arg),
                    "relative names start at the folder the REPL was started in");
        }
        if (Files.isDirectory(real))
            throw new nn.interp.RuntimeError("cannot load " + nn.lang.source.Visible.text(arg) + ": it is a folder, not a script", null);
        if (!Files.isRegularFile(real))
            throw new nn.interp.RuntimeError("cannot load " + nn.lang.source.Visible.text(arg) + ": it is not a regular file",
                    "scripts are read from ordinary files");
        return real;
    }
}
