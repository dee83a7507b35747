package nn.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fuzzer's checks of an input's language can fail: the frame, and the frame's words in each language. */
class FuzzerChecksTest {
    @AfterEach
    void restore() { Messages.use(Lang.EN); }

    @Test
    void everyFourthInputRunsInSpanish() {
        assertEquals(250, LongStream.range(0, 1000).filter(i -> Fuzzer.languageOf(i) == Lang.ES).count());
        assertEquals(Lang.EN, Fuzzer.languageOf(0));
    }

    @Test
    void errorOutputStartsWithItsFrame() {
        assertTrue(Fuzzer.FRAME.matcher("fuzz.nn:3:5: error: nombre no definido 'x'\n").find());
        assertTrue(Fuzzer.FRAME.matcher("fuzz.nn:4: error: orden desconocida :bogus\n").find());
        assertTrue(Fuzzer.FRAME.matcher("error: time budget exceeded: the run took longer than 400 ms\n").find());
        assertTrue(Fuzzer.FRAME.matcher("nota: se reemplaza results.json, que ya existía\n").find());
        assertFalse(Fuzzer.FRAME.matcher("Exception: boom\n").find());
        assertFalse(Fuzzer.FRAME.matcher("cannot multiply 1×2 by 1×2\n").find());
    }

    @Test
    void theOtherLanguagesFrameWordsAreCaught() {
        Messages.use(Lang.ES);
        String english = "fuzz.nn:1:7: error: nombre no definido 'nope'\n  print nope\n        ^^^^\n  hint: did you mean 'note'?\n";
        assertEquals(Fuzzer.Problem.OTHER_LANGUAGES_FRAME, Fuzzer.wrongFrameWords(english));
        assertEquals(Fuzzer.Problem.OTHER_LANGUAGES_FRAME, Fuzzer.wrongFrameWords("fuzz.nn:2:1: warning: log of a negative number\n"));
        assertNull(Fuzzer.wrongFrameWords("fuzz.nn:1:7: error: nombre no definido 'nope'\n  sugerencia: ¿quisiste decir 'note'?\n"));
        Messages.use(Lang.EN);
        assertEquals(Fuzzer.Problem.OTHER_LANGUAGES_FRAME, Fuzzer.wrongFrameWords("fuzz.nn:1:7: error: undefined name\n  sugerencia: x\n"));
        assertNull(Fuzzer.wrongFrameWords("fuzz.nn:1:7: error: undefined name 'nope'\n  hint: did you mean 'note'?\n"));
    }
}
