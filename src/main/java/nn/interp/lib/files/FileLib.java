package nn.interp.lib.files;

import nn.i18n.Messages;
import static nn.interp.lib.Param.of;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.model.Network;
import nn.model.NetworkJson;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Type;

/** Networks saved with {@code save net to "f.json"}, read back bit for bit. Files only through the sandbox. */
public final class FileLib {
    private FileLib() {}

    public static final List<Builtin> BUILTINS = List.of(new Builtin("load", Area.FILES, List.of(of("file", Type.STRING)),
            "a network saved with save net to \"file.json\"", "net = load(\"xor.json\")", FileLib::load));

    private static Value load(Interpreter in, Args a) {
        String name = a.string("file");
        Path path = in.sandbox().forReading(name);
        String text;
        try {
            // The sandbox returned the real path; no-follow refuses a link put in its place since. The text
            // is charged to the memory budget as it arrives (bytes, then the string), never read whole first.
            try (var stream = nn.io.LinkFreeFiles.newInputStream(path)) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                byte[] chunk = new byte[1 << 20];
                for (int n; (n = stream.readNBytes(chunk, 0, chunk.length)) > 0; ) {
                    in.allocateBytes(3L * n, Messages.t("files.budget-text", nn.lang.source.Visible.text(name)), a.callSpan());
                    bytes.write(chunk, 0, n);
                }
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
            }
        } catch (IOException e) {
            throw new RuntimeError(a.span("file"), Messages.t("files.cannot-read", name, nn.io.LinkFreeFiles.reason(e)));
        }
        Network net = NetworkJson.read(text, name);
        for (var layer : net.layers()) in.allocate(layer.inputs() + 1, layer.units(), a.callSpan());
        return new Value.NetworkV(net);
    }
}
