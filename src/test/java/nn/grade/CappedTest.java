package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Output caps count characters (code points), keep head and tail, and never cut a character in half. */
class CappedTest {
    @Test
    void aStreamKeepsHeadAndTailInCharacters() {
        Capped c = new Capped(10);
        PrintStream ps = new PrintStream(c, true, StandardCharsets.UTF_8);
        ps.print("ééééé");          // 5 characters, 10 bytes: the whole head
        ps.print("xyz".repeat(4));  // 12 more
        ps.print("🙂🙂ñ€è");       // 5 characters, 13 bytes, two of them outside the BMP
        assertEquals("ééééé\n[… 12 characters cut]\n🙂🙂ñ€è", c.text());
    }

    @Test
    void aCharacterSplitOverTwoWritesIsJoinedAndBadBytesAreMarked() throws IOException {
        Capped c = new Capped(100);
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        c.write(euro, 0, 1);
        c.write(euro, 1, 2);
        c.write(new byte[] {(byte) 0xff, 'a'});
        assertEquals("€\uFFFDa", c.text());
        c.reset();
        assertEquals("", c.text());
    }

    @Test
    void aLongTextIsCappedInCharacters() {
        String s = "ü".repeat(30) + "🙂".repeat(30);
        String capped = Capped.text(s, 20);
        assertEquals("ü".repeat(10) + "\n[… 40 characters cut]\n" + "🙂".repeat(10), capped);
        assertEquals("short é", Capped.text("short é", 20));
    }

    @Test
    void theChildsRequestAndEventsSurviveTheWire() throws IOException {
        ChildRequest r = new ChildRequest("a\nb.nn", "test \"é\" points 1 { expect 1 == 1 }\n🙂", "/tmp/x y", "hw\n.nn");
        assertEquals(r, ChildProtocol.readRequest(ChildProtocol.requests(new java.io.ByteArrayInputStream(ChildProtocol.request(r)))));
        TestResult t = new TestResult("n\"1\"", 2, 3, 1.5, TestStatus.FAILED, "m\u0000\u2028é", "s\\", "o\t🙂", true, "hidden", 7, 12);
        String line = ChildProtocol.json(ChildEvent.test(t));
        assertTrue(line.lines().count() == 1, line);
        ChildEvent back = new com.google.gson.Gson().fromJson(line, ChildEvent.class);
        assertEquals(t, back.test());
        ChildEvent script = ChildEvent.script("error", "bad\nthing", "out", List.of("note 1", "note \"2\""));
        assertEquals(script, new com.google.gson.Gson().fromJson(ChildProtocol.json(script), ChildEvent.class));
    }
}
