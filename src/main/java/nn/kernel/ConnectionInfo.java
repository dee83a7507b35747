package nn.kernel;

import nn.i18n.Messages;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The connection file Jupyter hands a kernel: where its five sockets listen and the key that signs messages.
 * An empty key means unsigned messages (Jupyter's own convention).
 */
public record ConnectionInfo(String transport, String ip, int shell, int iopub, int stdin, int control, int hb,
                             String key, String signatureScheme) {

    public String address(int port) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }

    public static ConnectionInfo read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KernelException(Messages.t("kernel.connection.no-such-file", file));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new KernelException(Messages.t("kernel.connection.not-utf8", file));
        } catch (IOException e) {
            throw new KernelException(Messages.t("kernel.connection.unreadable", file, nn.io.IoReasons.said(e)));
        }
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) throw new KernelException(Messages.t("kernel.connection.not-object", file));
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new KernelException(Messages.t("kernel.connection.not-json", file, JsonSyntax.reason(e)));
        }
        String transport = string(o, "transport", "tcp", file);
        if (!transport.equals("tcp") && !transport.equals("ipc"))
            throw new KernelException(Messages.t("kernel.connection.transport", file, transport));
        String scheme = string(o, "signature_scheme", "hmac-sha256", file);
        if (!scheme.equals("hmac-sha256"))
            throw new KernelException(Messages.t("kernel.connection.scheme", file, scheme));
        return new ConnectionInfo(transport, string(o, "ip", "127.0.0.1", file),
                port(o, "shell_port", file), port(o, "iopub_port", file), port(o, "stdin_port", file),
                port(o, "control_port", file), port(o, "hb_port", file), string(o, "key", "", file), scheme);
    }

    private static String string(JsonObject o, String name, String fallback, Path file) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) return fallback;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString())
            throw new KernelException(Messages.t("kernel.connection.not-string", file, name));
        return e.getAsString();
    }

    private static int port(JsonObject o, String name, Path file) {
        JsonElement e = o.get(name);
        if (e == null) throw new KernelException(Messages.t("kernel.connection.missing", file, name));
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber())
            throw new KernelException(Messages.t("kernel.connection.not-number", file, name));
        double d = e.getAsDouble();
        if (d != Math.rint(d) || d < 1 || d > 65535)
            throw new KernelException(Messages.t("kernel.connection.port", file, name, String.valueOf(e)));
        return (int) d;
    }
}
