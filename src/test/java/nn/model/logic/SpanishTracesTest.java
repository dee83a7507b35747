package nn.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The learning rules' reports and traces in both languages, with their plurals ("1 época", "2 épocas"). */
class SpanishTracesTest {
    static final double[][] X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[] AND = {0, 0, 0, 1}, XOR = {0, 1, 1, 0};

    @AfterEach void english() { Messages.use(Lang.EN); }

    private static TrainReport perceptron(double[] d, int epochs, List<String> lines) {
        Narrator narrator = lines == null ? Narrator.SILENT : lines::add;
        return new PerceptronRule(1).train(new Perceptron(new double[2], 0), X, d, epochs, narrator);
    }

    @Test void convergenceIsReportedInBothLanguages() {
        assertEquals("converged after 6 epochs (10 updates)", perceptron(AND, 20, null).message());
        Messages.use(Lang.ES);
        assertEquals("convergió tras 6 épocas (10 actualizaciones)", perceptron(AND, 20, null).message());
    }

    @Test void nonSeparableDataIsNamedWithItsProof() {
        Messages.use(Lang.ES);
        TrainReport r = perceptron(XOR, 20, null);
        assertEquals("no convergió en 20 épocas: los datos no son linealmente separables", r.message());
        assertTrue(r.proof().startsWith("no es linealmente separable: ningún w, b cumple las 4 restricciones"), r.proof());
        assertTrue(r.proof().contains("está en la envolvente convexa de ambas clases"), r.proof());
        Messages.use(Lang.EN);
        assertEquals("did not converge in 20 epochs: the data is not linearly separable", perceptron(XOR, 20, null).message());
    }

    @Test void pluralsAreRightForOne() {
        Messages.use(Lang.ES);
        assertEquals("no convergió en 1 época (los datos son linealmente separables, así que con más épocas convergerá)",
                perceptron(AND, 1, null).message());
        TrainReport hebb = new HebbRule(1).train(new Perceptron(new double[2], 0), new double[][] {{1, 1}}, new double[] {1}, 1, Narrator.SILENT);
        assertEquals("se ejecutó 1 época de la regla de Hebb (1 actualización)", hebb.message());
        Messages.use(Lang.EN);
        assertEquals("did not converge in 1 epoch (the data is linearly separable, so more epochs will converge)",
                perceptron(AND, 1, null).message());
    }

    @Test void theTraceSpeaksTheLecturesWords() {
        Messages.use(Lang.ES);
        List<String> lines = new ArrayList<>();
        perceptron(AND, 20, lines);
        assertEquals("época 1, ejemplo 1: x = [0, 0], d = 0", lines.get(0));
        assertTrue(lines.contains("  d − y = 0 − 0 = 0: sin actualización"), lines.toString());
        assertTrue(lines.contains("fin de la época 1: 1 actualización, w = [1, 1], b = 1"), lines.toString());
        assertTrue(lines.contains("fin de la época 2: 3 actualizaciones, w = [2, 1], b = 0"), lines.toString());
        assertTrue(lines.contains("fin de la época 6: 0 actualizaciones, w = [2, 1], b = -2"), lines.toString());
    }
}
