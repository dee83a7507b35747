package nn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

/** Saved networks quote their strings as Gson did: every character below U+0800 and the usual suspects. */
class NetworkJsonQuoteTest {
    @Test void stringsAreQuotedExactlyAsGsonQuotesThem() {
        Gson gson = new Gson();
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x800; c++) all.append(c);
        for (String s : new String[] {"", "xor", "a \"b\" \\ c", "<w>&'=", "line\u2028para\u2029", "tab\tnew\nret\r\b\f", "é ✓ 😀",
                all.toString()})
            assertEquals(gson.toJson(s), NetworkJson.quote(s), s);
    }
}
