package nn.web.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.util.ExceptionContext;
import org.apache.commons.math3.exception.util.Localizable;
import org.apache.commons.math3.exception.util.LocalizedFormats;
import org.junit.jupiter.api.Test;

/** The browser build's commons-math messages read as the JVM's (MessageFormat) do, for every pattern commons-math has. */
class MathMessagesTest {
    @Test void everyPatternIsFilledAsMessageFormatFillsIt() {
        int checked = 0;
        for (LocalizedFormats f : LocalizedFormats.values()) {
            String pattern = f.getSourceString();
            if (pattern.matches("(?s).*\\{\\d+,.*")) continue;  // a typed argument ({0,number,…}): formatted by locale on the JVM
            Object[] args = {"a", "b'c", "{d}", "e", "f", "g", "h", "i"};
            assertEquals(new MessageFormat(pattern, Locale.US).format(args), MathMessages.build(List.of(f), List.<Object[]>of(args), ": "), pattern);
            checked++;
        }
        assertTrue(checked > 250, "checked " + checked);
    }

    @Test void severalPatternsAreJoinedAsExceptionContextJoinsThem() {
        ExceptionContext context = new ExceptionContext(new RuntimeException());
        context.addMessage(LocalizedFormats.DIMENSIONS_MISMATCH_SIMPLE, 2, 3);
        context.addMessage(LocalizedFormats.NOT_POSITIVE_DEFINITE_MATRIX);
        List<Localizable> patterns = List.of(LocalizedFormats.DIMENSIONS_MISMATCH_SIMPLE, LocalizedFormats.NOT_POSITIVE_DEFINITE_MATRIX);
        assertEquals(context.getMessage(Locale.US, ": "), MathMessages.build(patterns, List.of(new Object[] {2, 3}, new Object[0]), ": "));
    }
}
