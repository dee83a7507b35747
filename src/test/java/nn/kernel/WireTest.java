package nn.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The wire format's details that jupyter_client is strict about. */
class WireTest {
    @Test void headerDatesHaveMicrosecondsAsPythonReadsThem() {
        OffsetDateTime t = OffsetDateTime.of(2025, 3, 4, 5, 6, 7, 845_550_553, ZoneOffset.ofHours(2));
        assertEquals("2025-03-04T03:06:07.845550Z", Wire.date(t));
        assertEquals("2025-03-04T03:06:07.000000Z", Wire.date(t.withNano(0)));
        String date = new Wire("k").reply(null, "status", new JsonObject()).header().get("date").getAsString();
        assertTrue(date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), date);
    }
}
