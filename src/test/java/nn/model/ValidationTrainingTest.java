package nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nn.data.Dataset;
import nn.data.Generators;
import nn.data.Split;
import nn.graph.Node;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/** Validation, early stopping, keep best and dropout in {@link Trainer}. */
class ValidationTrainingTest {
    private static final Split.Parts PARTS = Split.split(Generators.spiral(120, 3, 0.1, 7), 0.75, 1);

    private static Network net(long seed) { return TrainerTest.spiralNet(seed); }

    private static TrainConfig cfg(int epochs, TrainConfig.Patience patience, boolean keepBest) {
        return new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.05), epochs, 16, 3L, PARTS.second(), patience, keepBest, 0, 0);
    }

    @Test void validationNumbersAreThoseOfTheWeightsAfterEachEpoch() {
        Network a = net(1);
        History h = Trainer.train(a, PARTS.first(), cfg(5, null, false), TrainListener.SILENT);
        Metrics.Evaluation e = Metrics.evaluate(a, PARTS.second(), Loss.CROSS_ENTROPY);
        assertEquals(e.loss(), h.lastValLoss(), 1e-12);
        assertEquals(e.accuracy(), h.lastValAccuracy(), 0);
        assertTrue(h.hasValidation());
        assertEquals(5, h.valLosses().length);
    }

    @Test void validationDoesNotChangeTrainingItself() {
        History with = Trainer.train(net(1), PARTS.first(), cfg(5, null, false), TrainListener.SILENT);
        History without = Trainer.train(net(1), PARTS.first(),
                new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.05), 5, 16, 3L), TrainListener.SILENT);
        assertArrayEquals(without.losses(), with.losses());
        assertFalse(without.hasValidation());
    }

    @Test void patienceEndsTheRunAndKeepBestRestoresTheBestEpochsWeights() {
        Network a = net(2);
        History h = Trainer.train(a, PARTS.first(), cfg(2000, new TrainConfig.Patience(Monitor.VAL_LOSS, 10), true), TrainListener.SILENT);
        assertEquals(History.End.NO_IMPROVEMENT, h.end());
        History.Best best = h.best();
        assertEquals(h.endEpoch() - 10, best.epoch());
        double[] vl = h.valLosses();
        for (double v : vl) assertTrue(v >= best.value());
        assertEquals(vl[best.epoch() - 1], best.value(), 0);
        assertTrue(best.restored());
        // The network holds the best epoch's weights: its validation loss is the best one, bit for bit.
        assertEquals(best.value(), Metrics.evaluateOnce(a, PARTS.second(), Loss.CROSS_ENTROPY).loss(), 0);
    }

    @Test void withoutKeepBestTheLastWeightsStay() {
        Network a = net(2);
        History h = Trainer.train(a, PARTS.first(), cfg(2000, new TrainConfig.Patience(Monitor.VAL_LOSS, 10), false), TrainListener.SILENT);
        assertFalse(h.best().restored());
        assertEquals(h.lastValLoss(), Metrics.evaluateOnce(a, PARTS.second(), Loss.CROSS_ENTROPY).loss(), 0);
    }

    @Test void accuracyImprovesUpwards() {
        assertTrue(Monitor.VAL_ACCURACY.improves(0.9, 0.8));
        assertFalse(Monitor.VAL_ACCURACY.improves(0.8, 0.8));
        assertTrue(Monitor.LOSS.improves(0.1, 0.2));
        assertFalse(Monitor.LOSS.improves(Double.NaN, 0.2));
    }

    @Test void watchingValidationNumbersWithoutValidationDataIsRefused() {
        assertThrows(ModelException.class, () -> new TrainConfig(Loss.MSE, new Sgd(0.1), 5, 4, null, null,
                new TrainConfig.Patience(Monitor.VAL_LOSS, 3), false, 0, 0));
        assertThrows(ModelException.class, () -> new TrainConfig(Loss.MSE, new Sgd(0.1), 5, 4, null, null, null, true, 0, 0));
    }

    @Test void evaluateOnceAgreesWithEvaluateIncludingAFoldedSoftmax() {
        Network a = Network.builder("s", 2, new Rng(4)).dense(8, Activation.TANH).dense(3, Activation.SOFTMAX).build();
        Metrics.Evaluation e1 = Metrics.evaluate(a, PARTS.second(), Loss.CROSS_ENTROPY), e2 = Metrics.evaluateOnce(a, PARTS.second(), Loss.CROSS_ENTROPY);
        assertEquals(e1.loss(), e2.loss(), 1e-12);
        assertEquals(e1.accuracy(), e2.accuracy(), 0);
    }

    @Test void dropoutIsSeededAndOnlyInTraining() {
        Network a = Network.builder("d", 2, new Rng(5)).dense(32, Activation.RELU).dropout(0.5).dense(3, Activation.LINEAR).build();
        Matrix x = PARTS.second().inputs();
        // Inference never drops: two calls give the same bits.
        assertEquals(a.forward(Node.constant(x)).value(), a.forward(Node.constant(x)).value());
        // Training drops by the seed: the same seed, the same outputs; another seed, others.
        Matrix t1 = a.forwardTraining(Node.constant(x), new Rng(9)).value(), t2 = a.forwardTraining(Node.constant(x), new Rng(9)).value();
        assertEquals(t1, t2);
        assertNotEquals(t1, a.forwardTraining(Node.constant(x), new Rng(10)).value());
        TrainConfig c = new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.05), 3, 16, 3L, null, null, false, 0, 77);
        Network b1 = Network.builder("d", 2, new Rng(5)).dense(32, Activation.RELU).dropout(0.5).dense(3, Activation.LINEAR).build();
        Network b2 = Network.builder("d", 2, new Rng(5)).dense(32, Activation.RELU).dropout(0.5).dense(3, Activation.LINEAR).build();
        assertArrayEquals(Trainer.train(b1, PARTS.first(), c, TrainListener.SILENT).losses(),
                Trainer.train(b2, PARTS.first(), c, TrainListener.SILENT).losses());
    }

    @Test void dropoutMaskKeepsOneMinusRateScaledUpAsPyTorch() {
        Matrix mask = nn.graph.op.Dropout.mask(200, 500, 0.2, new Rng(1));
        int kept = 0;
        for (double v : mask.data()) {
            assertTrue(v == 0 || v == 1 / 0.8, "0 or 1/(1 − p), got " + v);
            if (v != 0) kept++;
        }
        assertEquals(0.8, kept / 100_000.0, 0.005);
    }

    @Test void dropoutRatesOutsideZeroToOneAreRefused() {
        Network.Builder b = Network.builder("d", 2, new Rng(5)).dense(4, Activation.RELU);
        assertThrows(ModelException.class, () -> b.dropout(1.0));
        assertThrows(ModelException.class, () -> b.dropout(-0.1));
        assertThrows(ModelException.class, () -> Network.builder("d", 2, new Rng(5)).dropout(0.2));
    }

    @Test void historyCsvHasAColumnPerRecordedNumber() {
        History h = Trainer.train(net(1), PARTS.first(), cfg(2, null, false), TrainListener.SILENT);
        String[] lines = HistoryCsv.write(h).split("\n");
        assertEquals("epoch,loss,accuracy,val_loss,val_accuracy,lr", lines[0]);
        assertEquals(3, lines.length);
        String[] cells = lines[2].split(",");
        assertEquals("2", cells[0]);
        assertEquals(h.losses()[1], Double.parseDouble(cells[1]), 0);
        assertEquals(h.valLosses()[1], Double.parseDouble(cells[3]), 0);
        assertEquals("0.05", cells[5]);
        History plain = new History("n", Loss.MSE, new double[] {0.5}, new double[] {Double.NaN}, History.End.COMPLETED, 1);
        assertEquals("epoch,loss,lr\n1,0.5,\n", HistoryCsv.write(plain));
    }

    @Test void initialisersDrawAsNamed() {
        Rng rng = new Rng(1);
        assertEquals(Matrix.zeros(3, 2), Init.ZEROS.weights(3, 2, rng));
        for (double v : new Init.Uniform(-0.1, 0.1).weights(50, 40, rng).data()) assertTrue(v >= -0.1 && v < 0.1);
        double sum = 0;
        Matrix n = new Init.Normal(0.01).weights(100, 100, rng);
        for (double v : n.data()) sum += v * v;
        assertEquals(0.01, Math.sqrt(sum / n.size()), 0.0005);
        assertEquals(Init.HE, Init.defaultFor(Activation.GELU));
        assertEquals(Init.XAVIER, Init.defaultFor(Activation.TANH));
        assertThrows(ModelException.class, () -> new Init.Normal(0));
        assertThrows(ModelException.class, () -> new Init.Uniform(1, -1));
    }

    @Test void networksRememberTheNormalisationTheyLearntFrom() {
        Dataset raw = PARTS.first();
        Network a = net(1);
        Trainer.train(a, raw, new TrainConfig(Loss.CROSS_ENTROPY, new Sgd(0.1), 1, 16, 3L), TrainListener.SILENT);
        assertEquals(null, a.inputScaling());
        nn.data.Standardization.Result r = nn.data.Standardization.normalize(raw);
        Trainer.train(a, r.data(), new TrainConfig(Loss.CROSS_ENTROPY, new Sgd(0.1), 1, 16, 3L), TrainListener.SILENT);
        assertEquals(r.stats(), a.inputScaling());
        assertEquals(r.stats(), r.data().select(new int[] {0, 1}).scaling(), "selecting keeps it");
    }

    @Test void normalisingTwiceComposesIntoOneWayFromTheRawData() {
        Matrix raw = PARTS.first().inputs();
        nn.data.Standardization s1 = nn.data.Standardization.fit(PARTS.first());
        Matrix once = s1.apply(raw).copy();
        for (int i = 0; i < once.data().length; i++) once.data()[i] = once.data()[i] * 3 + 1;
        nn.data.Standardization s2 = new nn.data.Standardization(new double[] {1, 1}, new double[] {3, 3});
        Matrix a = s1.then(s2).apply(raw), b = s2.apply(s1.apply(raw));
        for (int i = 0; i < a.data().length; i++) assertEquals(b.data()[i], a.data()[i], 1e-12);
    }
}
