package nn.interp.lib.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nn.lang.ast.Stmt;
import nn.model.Network;
import nn.model.NetworkJson;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * {@code save net to "f.json"} and {@code net = load("f.json")}: networks as the plain JSON text
 * {@link NetworkJson} documents, with weights that load back bit for bit. Files only through the sandbox.
 */
public final class SaveLoad {
    private SaveLoad() {}

    public static void save(Interpreter in, Stmt.Save s) {
        Value v = in.eval(s.value());
        if (!(v instanceof Value.NetworkV nv))
            throw new RuntimeError(s.value().span(), "save writes a network, got " + v.describe());
        Value f = in.eval(s.file());
        if (!(f instanceof Value.Str name)) throw new RuntimeError(s.file().span(), "the file name must be a string, got " + f.describe());
        if (!name.value().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
            throw new RuntimeError(s.file().span(), "networks are saved as .json files, got " + name.value());
        String text = NetworkJson.write(nv.network());
        Path path = in.sandbox.forWriting(name.value());
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new RuntimeError(s.file().span(), "cannot write " + name.value() + ": " + e.getMessage());
        }
        in.output.line("saved " + nv.network().name() + " to " + name.value(), s.span());
    }
}
