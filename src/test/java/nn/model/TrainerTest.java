package nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nn.data.Dataset;
import nn.data.Generators;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

class TrainerTest {
    static final Dataset XOR = Dataset.classification("xor",
            Matrix.of(new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 1}), new int[] {0, 1, 1, 0}, 2);

    static Network xornet(long seed) {
        return Network.builder("xornet", 2, new Rng(seed)).dense(2, Activation.SIGMOID).dense(1, Activation.SIGMOID).build();
    }

    static Network spiralNet(long seed) {
        return Network.builder("net", 2, new Rng(seed)).dense(8, Activation.TANH).dense(8, Activation.RELU).dense(3, Activation.LINEAR).build();
    }

    @Test void xorIsLearnedWithSseAndSgd() {
        Network net = xornet(2);
        History h = Trainer.train(net, XOR, new TrainConfig(Loss.SSE, new Sgd(0.5), 5000, 4, 1L), TrainListener.SILENT);
        assertEquals(History.End.COMPLETED, h.end());
        assertEquals(5000, h.epochs());
        assertTrue(h.lastLoss() < 0.01, "final loss " + h.lastLoss());
        assertEquals(1.0, h.lastAccuracy());
        assertEquals(1.0, Metrics.accuracy(net, XOR));
    }

    @Test void fullBatchEpochLossIsTheLossBeforeTheUpdate() {
        Network net = xornet(5), copy = xornet(5);
        History h = Trainer.train(net, XOR, new TrainConfig(Loss.MSE, new Sgd(0.1), 1, TrainConfig.FULL_BATCH, null), TrainListener.SILENT);
        Metrics.Evaluation before = Metrics.evaluate(copy, XOR, Loss.MSE);
        assertEquals(before.loss(), h.lastLoss(), 0.0);
        assertNotEquals(copy.layer(0).weights().value(), net.layer(0).weights().value(), "one update changes the weights");
    }

    @Test void sameSeedGivesTheSameHistoryBits() {
        Dataset sp = Generators.spiral(150, 3, 0.1, 4);
        TrainConfig cfg = new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.01), 20, 16, 9L);
        History a = Trainer.train(spiralNet(1), sp, cfg, TrainListener.SILENT);
        History b = Trainer.train(spiralNet(1), sp, new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.01), 20, 16, 9L), TrainListener.SILENT);
        assertArrayEquals(a.losses(), b.losses());
        assertArrayEquals(a.accuracies(), b.accuracies());
        History c = Trainer.train(spiralNet(1), sp, new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.01), 20, 16, 10L), TrainListener.SILENT);
        assertFalse(java.util.Arrays.equals(a.losses(), c.losses()), "another shuffle seed gives another history");
    }

    @Test void shuffleOffKeepsTheDataOrder() {
        Dataset sp = Generators.spiral(40, 2, 0.1, 4);
        TrainConfig cfg = new TrainConfig(Loss.CROSS_ENTROPY, new Sgd(0.1), 2, 40, null);
        History a = Trainer.train(spiralNet(3), sp, cfg, TrainListener.SILENT);
        History b = Trainer.train(spiralNet(3), sp, new TrainConfig(Loss.CROSS_ENTROPY, new Sgd(0.1), 2, TrainConfig.FULL_BATCH, null), TrainListener.SILENT);
        assertArrayEquals(a.losses(), b.losses(), "batch = size without shuffling is full batch");
    }

    @Test void hugeLearningRateStopsWithDivergedAtTheEpochItHappened() {
        Dataset ds = Dataset.regression("line", Matrix.of(new double[] {1}, new double[] {2}, new double[] {3}),
                Matrix.of(new double[] {10}, new double[] {20}, new double[] {30}));
        Network net = Network.builder("lin", 1, new Rng(1)).dense(1, Activation.LINEAR).build();
        History h = Trainer.train(net, ds, new TrainConfig(Loss.SSE, new Sgd(10), 1000, TrainConfig.FULL_BATCH, null), TrainListener.SILENT);
        assertEquals(History.End.DIVERGED, h.end());
        assertTrue(h.endEpoch() > 1 && h.endEpoch() < 1000, "diverged at " + h.endEpoch());
        assertEquals(h.endEpoch(), h.epochs());
        assertFalse(Double.isFinite(h.lastLoss()));
        assertTrue(Double.isNaN(h.lastAccuracy()), "regression data has no accuracy");
    }

    @Test void listenerCanInterruptAfterABatchKeepingTheWeights() {
        Network net = xornet(2), untouched = xornet(2);
        int[] batches = {0};
        TrainListener stopAfterThree = new TrainListener() {
            @Override public boolean afterBatch(Progress p) { return ++batches[0] < 3; }
        };
        History h = Trainer.train(net, XOR, new TrainConfig(Loss.SSE, new Sgd(0.5), 10, 1, null), stopAfterThree);
        assertEquals(History.End.INTERRUPTED, h.end());
        assertEquals(1, h.endEpoch());
        assertEquals(0, h.epochs(), "the unfinished epoch is not recorded");
        assertEquals(3, batches[0]);
        assertNotEquals(untouched.layer(1).weights().value(), net.layer(1).weights().value());
    }

    @Test void stopConditionEndsTheRunAfterThatEpoch() {
        TrainListener stopAt7 = new TrainListener() {
            @Override public boolean afterEpoch(EpochStats s) { return s.epoch() == 7; }
        };
        History h = Trainer.train(xornet(1), XOR, new TrainConfig(Loss.SSE, new Sgd(0.5), 100, 4, 1L), stopAt7);
        assertEquals(History.End.STOPPED, h.end());
        assertEquals(7, h.epochs());
        assertEquals(7, h.endEpoch());
    }

    @Test void hugeEpochCountWithAStopConditionKeepsOnlyTheEpochsThatRan() {
        TrainListener stopAt40 = new TrainListener() {
            @Override public boolean afterEpoch(EpochStats s) { return s.epoch() == 40; }
        };
        History h = Trainer.train(xornet(1), XOR, new TrainConfig(Loss.SSE, new Sgd(0.5), Integer.MAX_VALUE, 4, 1L), stopAt40);
        assertEquals(History.End.STOPPED, h.end());
        assertEquals(40, h.epochs());
        History same = Trainer.train(xornet(1), XOR, new TrainConfig(Loss.SSE, new Sgd(0.5), 40, 4, 1L), TrainListener.SILENT);
        assertArrayEquals(same.losses(), h.losses(), "the recorded epochs are those a 40-epoch run records");
        assertArrayEquals(same.accuracies(), h.accuracies());
    }

    @Test void sseIsSummedOverTheEpochAndMeanLossesAreAveraged() {
        Network a = xornet(4), b = xornet(4);
        double full = Metrics.evaluate(xornet(4), XOR, Loss.SSE).loss();
        History perRow = Trainer.train(a, XOR, new TrainConfig(Loss.SSE, new Sgd(1e-12), 1, 1, null), TrainListener.SILENT);
        assertEquals(full, perRow.lastLoss(), 1e-9, "four one-row batches sum to the full SSE");
        double mse = Metrics.evaluate(xornet(4), XOR, Loss.MSE).loss();
        History perPair = Trainer.train(b, XOR, new TrainConfig(Loss.MSE, new Sgd(1e-12), 1, 2, null), TrainListener.SILENT);
        assertEquals(mse, perPair.lastLoss(), 1e-9);
    }

    @Test void validationExplainsMismatchedShapes() {
        Network three = Network.builder("n", 3, new Rng(1)).dense(1, Activation.SIGMOID).build();
        var e = assertThrows(ModelException.class, () -> Trainer.validate(three, XOR, Loss.SSE));
        assertEquals("the network n takes 3 inputs but xor has 2 features", e.getMessage());
        Network one = xornet(1);
        e = assertThrows(ModelException.class, () -> Trainer.validate(one, XOR, Loss.CROSS_ENTROPY));
        assertTrue(e.getMessage().startsWith("cross_entropy needs one output per class"), e.getMessage());
        Network two = Network.builder("two", 2, new Rng(1)).dense(2, Activation.LINEAR).build();
        e = assertThrows(ModelException.class, () -> Trainer.validate(two, XOR, Loss.MSE));
        assertEquals("the network two gives 2 outputs per example but xor's targets have 1 column; use loss cross_entropy"
                + " with class indices, or one-hot targets: onehot(xor)", e.getMessage());
        Network linear = Network.builder("lin", 2, new Rng(1)).dense(1, Activation.LINEAR).build();
        e = assertThrows(ModelException.class, () -> Trainer.validate(linear, XOR, Loss.BCE));
        assertTrue(e.getMessage().startsWith("bce needs probabilities"), e.getMessage());
    }

    @Test void oneHotTargetsTrainWithMse() {
        Dataset oneHot = XOR.oneHot();
        Network net = Network.builder("n", 2, new Rng(3)).dense(4, Activation.TANH).dense(2, Activation.SOFTMAX).build();
        History h = Trainer.train(net, oneHot, new TrainConfig(Loss.MSE, new Adam(0.05), 300, 4, 1L), TrainListener.SILENT);
        assertEquals(1.0, h.lastAccuracy());
    }
}
