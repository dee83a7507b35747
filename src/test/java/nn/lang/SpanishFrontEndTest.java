package nn.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nn.i18n.Lang;
import nn.i18n.Messages;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The front end's texts in Spanish: syntax errors, habits, did-you-mean, plurals, and literal quotes and braces. */
class SpanishFrontEndTest {
    @AfterEach
    void english() { Messages.use(Lang.EN); }

    private static String syntaxError(String program) {
        Diagnostic.Failure f = assertThrows(Diagnostic.Failure.class, () -> Parsers.parse(new SourceFile("t.nn", program)));
        return DiagnosticPrinter.render(f.diagnostics().get(0));
    }

    @Test
    void anUnclosedMatrixSaysWhereItOpenedInBothLanguages() {
        String program = "x = [1, 2\n";
        assertEquals("t.nn:1:10: error: expected ']' to close the matrix opened at 1:5", syntaxError(program).lines().findFirst().orElseThrow());
        Messages.use(Lang.ES);
        assertEquals("t.nn:1:10: error: se esperaba ']' para cerrar la matriz abierta en 1:5", syntaxError(program).lines().findFirst().orElseThrow());
    }

    @Test
    void aHabitOfPythonIsNamedWithTheNnWayInSpanish() {
        Messages.use(Lang.ES);
        String shown = syntaxError("x = 2 ** 3\n");
        assertEquals("t.nn:1:7: error: '**' no es un operador en nn", shown.lines().findFirst().orElseThrow());
        assertEquals("  sugerencia: las potencias se escriben con ^: 2 ^ 3", shown.lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void didYouMeanKeepsItsQuotes() {
        Messages.use(Lang.ES);
        assertEquals("¿quisiste decir 'tanh'?", nn.lang.check.Names.suggest("tahn", java.util.List.of("tanh", "relu")));
    }

    @Test
    void pluralsFollowTheCount() {
        assertEquals("f takes at most 1 argument, got 2", Messages.t("lang.check.too-many-arguments", "f", 1, 2));
        assertEquals("f takes at most 0 arguments, got 2", Messages.t("lang.check.too-many-arguments", "f", 0, 2));
        Messages.use(Lang.ES);
        assertEquals("f recibe como mucho 1 argumento, pero se le dieron 2", Messages.t("lang.check.too-many-arguments", "f", 1, 2));
        assertEquals("f recibe como mucho 3 argumentos, pero se le dieron 4", Messages.t("lang.check.too-many-arguments", "f", 3, 4));
    }

    @Test
    void quotesAndBracesNextToEachOtherStayLiteral() {
        assertEquals("write '}}' for a brace itself", Messages.t("lang.template.single-close-hint"));
        assertEquals("an empty {} in an f-string", Messages.t("lang.syntax.fstring-empty-hole"));
        assertEquals("undefined name 'y'", Messages.t("lang.check.undefined-name", "y"));
        assertEquals("close it with '}', or write '{{' for a brace itself", Messages.t("lang.template.never-closed-hint"));
        Messages.use(Lang.ES);
        assertEquals("escribe '}}' para la llave misma", Messages.t("lang.template.single-close-hint"));
    }
}
