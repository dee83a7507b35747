package nn.lang.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one error format: location, message, the line (windowed when long), a caret under the span, a hint. */
class DiagnosticPrinterTest {
    @Test void shortLineIsShownWholeWithCaretUnderTheSpan() {
        SourceFile f = new SourceFile("a.nn", "h = x @ W3\n");
        Diagnostic d = Diagnostic.at(new Span(f, 4, 10), "cannot multiply", "a hint");
        assertEquals("a.nn:1:5: error: cannot multiply\n  h = x @ W3\n      ^^^^^^\n  hint: a hint\n", DiagnosticPrinter.render(d));
    }

    @Test void longLineShowsAWindowAroundTheCaret() {
        String line = "x = " + "1+".repeat(400) + "oops";
        SourceFile f = new SourceFile("b.nn", line + "\n");
        int at = line.indexOf("oops");
        String out = DiagnosticPrinter.render(Diagnostic.at(new Span(f, at, at + 4), "bad"));
        String[] lines = out.split("\n");
        assertEquals("  …" + line.substring(line.length() - DiagnosticPrinter.WINDOW), lines[1]);
        assertEquals("oops", lines[1].substring(lines[2].indexOf('^'), lines[2].indexOf('^') + 4));
    }

    @Test void controlCharactersAreShownAsSymbols() {
        SourceFile f = new SourceFile("c.nn", "x = 1 \u0007 2\n");
        String out = DiagnosticPrinter.render(Diagnostic.at(new Span(f, 6, 7), "unexpected"));
        assertEquals("  x = 1 \u2407 2", out.split("\n")[1]);
    }
}
