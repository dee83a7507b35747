package nn.kernel;

import nn.i18n.Messages;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.ZMQ;

/**
 * The Jupyter wire format (messaging protocol 5.3) on ZeroMQ multipart frames:
 * {@code identities…, "<IDS|MSG>", hmac, header, parent_header, metadata, content, buffers…},
 * signed with HMAC-SHA256 over the four JSON frames using the connection file's key.
 */
final class Wire {
    static final String PROTOCOL_VERSION = "5.3";
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final Gson GSON = new Gson();

    private final byte[] key;
    private final String session = UUID.randomUUID().toString();

    Wire(String key) { this.key = key.getBytes(StandardCharsets.UTF_8); }

    /**
     * The next well-formed, correctly signed message on the socket; null when none came within the socket's
     * receive timeout (the caller looks whether the kernel is stopping, then asks again).
     */
    Message receive(ZMQ.Socket socket) { return receive(socket, 0); }

    /** The next message already waiting on the socket; null when there is none now. */
    Message receiveWaiting(ZMQ.Socket socket) { return receive(socket, ZMQ.DONTWAIT); }

    private Message receive(ZMQ.Socket socket, int flags) {
        while (true) {
            List<byte[]> frames = new ArrayList<>();
            byte[] frame = socket.recv(flags);
            if (frame == null) return null;
            frames.add(frame);
            while (socket.hasReceiveMore()) frames.add(socket.recv(0));
            Message m = decode(frames);
            if (m != null) return m;
        }
    }

    private Message decode(List<byte[]> frames) {
        int d = 0;
        while (d < frames.size() && !java.util.Arrays.equals(frames.get(d), DELIMITER)) d++;
        if (d + 5 >= frames.size()) {
            System.err.println("nn kernel: " + Messages.t("kernel.log.no-delimiter"));
            return null;
        }
        byte[] header = frames.get(d + 2), parent = frames.get(d + 3), metadata = frames.get(d + 4), content = frames.get(d + 5);
        String signature = new String(frames.get(d + 1), StandardCharsets.US_ASCII);
        if (key.length > 0 && !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII))) {
            System.err.println("nn kernel: " + Messages.t("kernel.log.wrong-signature"));
            return null;
        }
        try {
            return new Message(List.copyOf(frames.subList(0, d)), json(header), json(parent), json(metadata), json(content));
        } catch (JsonParseException | IllegalStateException e) {
            System.err.println("nn kernel: " + Messages.t("kernel.log.bad-json", JsonSyntax.reason(e)));
            return null;
        }
    }

    private static JsonObject json(byte[] frame) {
        return JsonParser.parseString(new String(frame, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** A new message of {@code type} answering {@code parent} (null for none), addressed to the parent's identities. */
    Message reply(Message parent, String type, JsonObject content) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", "nn");
        header.addProperty("date", date(OffsetDateTime.now(ZoneOffset.UTC)));
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        return new Message(parent == null ? List.of() : parent.identities(), header,
                parent == null ? new JsonObject() : parent.header(), new JsonObject(), content);
    }

    /** ISO 8601 in UTC with microseconds: Python's datetime (jupyter_client's parser) reads at most six digits. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    static String date(OffsetDateTime t) { return t.withOffsetSameInstant(ZoneOffset.UTC).format(DATE); }

    void send(ZMQ.Socket socket, Message m) {
        byte[] header = bytes(m.header()), parent = bytes(m.parent()), metadata = bytes(m.metadata()), content = bytes(m.content());
        for (byte[] id : m.identities()) socket.sendMore(id);
        socket.sendMore(DELIMITER);
        socket.sendMore(sign(header, parent, metadata, content));
        socket.sendMore(header);
        socket.sendMore(parent);
        socket.sendMore(metadata);
        socket.send(content, 0);
    }

    private static byte[] bytes(JsonObject o) { return GSON.toJson(o).getBytes(StandardCharsets.UTF_8); }

    String sign(byte[]... parts) {
        if (key.length == 0) return "";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] p : parts) mac.update(p);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(Messages.t("internal.hmac-missing"), e);
        }
    }
}
