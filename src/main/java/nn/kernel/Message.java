package nn.kernel;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One Jupyter message: the routing identities (shell and control), its header, the header of the request it
 * answers, metadata and content (JSON), and binary buffers (nn sends none).
 */
public record Message(List<byte[]> identities, JsonObject header, JsonObject parent, JsonObject metadata,
                      JsonObject content) {

    public String type() { return header.has("msg_type") ? header.get("msg_type").getAsString() : ""; }

    public String text(String field, String fallback) {
        return content.has(field) && content.get(field).isJsonPrimitive() ? content.get(field).getAsString() : fallback;
    }

    public boolean flag(String field, boolean fallback) {
        return content.has(field) && content.get(field).isJsonPrimitive() ? content.get(field).getAsBoolean() : fallback;
    }
}
