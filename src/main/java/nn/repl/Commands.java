package nn.repl;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nn.interp.Value;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;

/** The REPL's colon commands: :help, :vars, :load FILE, :history [FROM..TO], :save FILE [FROM..TO], :reset, :quit. */
final class Commands {
    private Commands() {}

    /** The text of a bare :help, in the session's language. */
    static String help() { return Messages.t("repl.help", KeywordHelp.listed()); }

    static boolean run(Repl repl, String command) {
        String[] parts = command.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case ":help", ":h", ":?" -> repl.out().println(arg.isEmpty() ? help() : Help.about(arg));
            // Formatting every value can take long (a huge list or matrix): under the budgets, stopped by Ctrl-C.
            case ":vars", ":v" -> {
                if (repl.session().command(() -> vars(repl)) != nn.run.Session.Outcome.OK) repl.commandFailed();
            }
            case ":load", ":l" -> load(repl, arg);
            case ":history", ":hist" -> history(repl, arg);
            case ":save" -> save(repl, arg);
            case ":reset" -> {
                repl.session().reset();
                repl.script().clear();
                repl.out().println(Messages.t("repl.reset"));
            }
            case ":quit", ":q", ":exit" -> { return false; }
            default -> repl.commandFailed(Messages.t("repl.unknown-command", nn.lang.source.Visible.text(parts[0])), Messages.t("repl.unknown-command-hint"));
        }
        return true;
    }

    /** {@code :history [FROM..TO]}: the entries that ran without error, numbered; a range lists some of them. */
    private static void history(Repl repl, String arg) {
        if (arg.isEmpty() || repl.script().size() == 0) {
            repl.out().println(repl.script().history());
            return;
        }
        StringBuilder why = new StringBuilder();
        int[] range = repl.script().range(arg, why);
        if (range == null) repl.commandFailed(why.toString(), Messages.t("repl.history-usage-hint"));
        else repl.out().println(repl.script().history(range[0], range[1]));
    }

    private static void vars(Repl repl) {
        Map<String, Value> user = new TreeMap<>();
        repl.session().interpreter().globals().locals().forEach((k, v) -> {
            if (!(v instanceof Value.Builtin)) user.put(k, v);
        });
        if (user.isEmpty()) {
            repl.out().println(Messages.t("repl.no-names"));
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
            repl.commandFailed(Messages.t("repl.save-usage"), Messages.t("repl.save-usage-hint"));
            return;
        }
        String name = parts[0];
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) name = name.substring(1, name.length() - 1);
        if (repl.script().size() == 0) {
            repl.commandFailed(Messages.t("repl.nothing-to-save"), null);
            return;
        }
        StringBuilder why = new StringBuilder();
        int[] range = repl.script().range(parts.length > 1 ? parts[1].strip() : "", why);
        if (range == null) {
            repl.commandFailed(why.toString(), Messages.t("repl.history-hint"));
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
            repl.commandFailed(e instanceof java.nio.file.FileAlreadyExistsException
                    ? Messages.t("repl.write-exists", nn.lang.source.Visible.text(name))
                    : Messages.t("repl.write-failed", nn.lang.source.Visible.text(name), nn.io.IoReasons.of(e)), null);
            return;
        }
        repl.saved().add(target);
        int count = range[1] - range[0] + 1;
        repl.out().println(Messages.t("repl.saved", count, nn.lang.source.Visible.text(name)));
    }

    private static void load(Repl repl, String arg) {
        if (arg.isEmpty()) {
            repl.commandFailed(Messages.t("repl.load-usage"), Messages.t("repl.load-usage-hint"));
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
            repl.note(Messages.t("repl.load-allowed-folder", nn.lang.source.Visible.text(arg)));
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
            repl.commandFailed(e instanceof java.nio.file.NoSuchFileException
                    ? Messages.t("repl.read-no-such-file", nn.lang.source.Visible.text(arg))
                    : Messages.t("repl.read-failed", nn.lang.source.Visible.text(arg), nn.io.IoReasons.of(e)), null);
        }
    }

    /** The script :load names, relative to where relative names start: an existing regular file, as its real path. */
    private static Path loadable(nn.interp.Sandbox sandbox, String arg) {
        if (arg.isEmpty()) throw new nn.interp.RuntimeError(Messages.t("interp.file.empty-name"), Messages.t("repl.load-usage-hint"));
        Path base = sandbox.base();
        Path p;
        try {
            p = (base == null ? Path.of(arg) : base.resolve(arg)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new nn.interp.RuntimeError(Messages.t("interp.file.invalid-name", nn.lang.source.Visible.name(arg)), null);
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new nn.interp.RuntimeError(Messages.t("interp.file.not-found", nn.lang.source.Visible.name(arg)),
                    Messages.t("repl.load-relative-hint"));
        }
        if (Files.isDirectory(real))
            throw new nn.interp.RuntimeError(Messages.t("repl.load-folder", nn.lang.source.Visible.text(arg)), null);
        if (!Files.isRegularFile(real))
            throw new nn.interp.RuntimeError(Messages.t("repl.load-not-regular", nn.lang.source.Visible.text(arg)),
                    Messages.t("repl.load-not-regular-hint"));
        return real;
    }
}
