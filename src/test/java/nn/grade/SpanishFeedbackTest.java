package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nn.i18n.Lang;
import nn.i18n.Messages;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An assignment chooses the language of its feedback; the student's report reads in it, plurals included. */
class SpanishFeedbackTest {
    @AfterEach
    void english() { Messages.use(Lang.EN); }

    private static Assignment assignment(String settings) {
        return Assignment.parse(new SourceFile("hw.nn", "assignment \"HW\" { " + settings + " }\n"
                + "test \"AND\" points 2 { expect 1 == 1 }\nhidden test \"XOR\" points 3 { expect 1 == 1 }\n"));
    }

    private static SubmissionResult result() {
        return new SubmissionResult("ana", "hw.nn", SubmissionStatus.GRADED, null, "", List.of(
                new TestResult("AND", 1, 2, 0, TestStatus.FAILED, "expectation failed", "an expectation failed", "", false, "visible", 2, 5),
                new TestResult("XOR", 2, 3, 3, TestStatus.PASSED, "", "", "", true, "hidden", 3, 5)), List.of(), 10, "h");
    }

    @Test
    void theAssignmentNamesItsLanguage() {
        assertEquals("es", assignment("language es").settings().language());
        assertEquals(null, assignment("seed 1").settings().language());
        Diagnostic.Failure f = assertThrows(Diagnostic.Failure.class, () -> assignment("language fr"));
        assertEquals("unknown language 'fr'", f.diagnostics().get(0).message());
    }

    @Test
    void theStudentsReportReadsInSpanish() {
        Messages.use(Lang.ES);
        String report = TextReport.write(assignment("language es"), result(), true);
        assertTrue(report.contains("#  prueba        puntos  estado"), report);
        assertTrue(report.contains("1  AND           0 / 2   fallida"), report);
        assertTrue(report.contains("pruebas visibles: 0 / 2 puntos; 1 prueba oculta: los resultados no se muestran"), report);
        assertEquals("la prueba visible no se aprobó; 1 prueba oculta: los resultados no se muestran", Visible.summary(result()));
    }

    @Test
    void prairieLearnDescribesEachTestInASpanishPhrase() {
        Messages.use(Lang.ES);
        String json = PrairieLearnReport.write(assignment("language es"), result());
        assertTrue(json.contains("\"description\": \"prueba no aprobada\""), json);
        assertEquals("prueba aprobada", PrairieLearnReport.description(TestStatus.PASSED));
        assertEquals("prueba que se detuvo con un error", PrairieLearnReport.description(TestStatus.ERROR));
        assertEquals("prueba que se quedó sin tiempo", PrairieLearnReport.description(TestStatus.TIMEOUT));
        Messages.use(Lang.EN);
        assertEquals("test, passed", PrairieLearnReport.description(TestStatus.PASSED), "English is unchanged (the goldens)");
        assertEquals("test, timeout", PrairieLearnReport.description(TestStatus.TIMEOUT));
    }

    @Test
    void countsAgreeWithTheirNumbers() {
        Messages.use(Lang.ES);
        assertEquals("la prueba visible se aprobó", Messages.t("grade.feedback.all-passed", 1L));
        assertEquals("las 5 pruebas visibles se aprobaron", Messages.t("grade.feedback.all-passed", 5L));
        assertEquals("1 de las 5 pruebas visibles no se aprobó", Messages.t("grade.feedback.some-failed", 1L, 5L));
        assertEquals("3 de las 5 pruebas visibles no se aprobaron", Messages.t("grade.feedback.some-failed", 3L, 5L));
        assertEquals("1 calificada", StatusWords.count(SubmissionStatus.GRADED, 1));
        assertEquals("11 calificadas", StatusWords.count(SubmissionStatus.GRADED, 11));
        assertEquals("2 inválidas", StatusWords.count(SubmissionStatus.INVALID, 2));
        assertEquals("2 con error de sintaxis", StatusWords.count(SubmissionStatus.SYNTAX_ERROR, 2));
        Messages.use(Lang.EN);
        assertEquals("the visible test passed", Messages.t("grade.feedback.all-passed", 1L));
        assertEquals("all 5 visible tests passed", Messages.t("grade.feedback.all-passed", 5L));
        assertEquals("11 graded", StatusWords.count(SubmissionStatus.GRADED, 11));
        assertEquals("2 syntax-error", StatusWords.count(SubmissionStatus.SYNTAX_ERROR, 2));
    }

    @Test
    void theEnglishReportIsUnchanged() {
        String report = TextReport.write(assignment("seed 1"), result(), true);
        assertTrue(report.contains("#  test          points  status"), report);
        assertTrue(report.contains("visible tests: 0 / 2 points; 1 hidden test: results are not shown"), report);
    }
}
