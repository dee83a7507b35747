package nn.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nn.interp.Limits;
import nn.interp.Value;
import nn.lang.source.SourceFile;
import nn.model.Activation;
import nn.model.Metrics;
import nn.model.Network;
import nn.model.logic.RowModel;
import nn.run.ScriptRunner;
import nn.run.Session;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exported ONNX files run in onnxruntime (test scope only) and give nn's forward pass to 1e-6 on random
 * inputs, for every activation and for threshold networks compiled from gates; where Debian's python3-onnx is
 * installed, its full checker accepts them too.
 */
class OnnxExportTest {
    @TempDir Path dir;

    private static final double TOLERANCE = 1e-6;

    /** Random inputs that float32 holds exactly, so nn and onnxruntime see the same numbers. */
    private static float[][] inputs(int rows, int cols, long seed) {
        Rng rng = new Rng(seed);
        float[][] x = new float[rows][cols];
        for (float[] r : x) for (int c = 0; c < cols; c++) r[c] = (float) (rng.nextDouble() * 4 - 2);
        return x;
    }

    private static float[][] runOnnx(byte[] model, float[][] x) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor t = OnnxTensor.createTensor(env, x);
             OrtSession.Result r = s.run(Map.of("input", t))) {
            assertEquals(List.of("input"), List.copyOf(s.getInputNames()));
            assertEquals(List.of("output"), List.copyOf(s.getOutputNames()));
            NodeInfo out = s.getOutputInfo().get("output");
            long[] shape = ((TensorInfo) out.getInfo()).getShape();
            assertEquals(-1, shape[0], "the batch dimension is symbolic");
            return (float[][]) r.get(0).getValue();
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationMatchesNnsForwardPass(Activation act) throws Exception {
        Network net = Network.builder("net_" + act.word(), 3, new Rng(7)).dense(5, act).dense(3, act).build();
        byte[] model = OnnxModel.write(net.name(), "test", OnnxLayers.of(net));
        float[][] x = inputs(200, 3, 11 + act.ordinal());
        float[][] onnx = runOnnx(model, x);
        Matrix expected = Metrics.outputs(net, toMatrix(x));
        assertEquals(expected.rows(), onnx.length);
        double worst = 0;
        for (int r = 0; r < expected.rows(); r++)
            for (int c = 0; c < expected.cols(); c++) worst = Math.max(worst, Math.abs(expected.get(r, c) - onnx[r][c]));
        assertTrue(worst <= TOLERANCE, act.word() + ": onnxruntime differs from nn by " + worst);
        checkWithPythonOnnx(model, act.word());
    }

    @Test
    void aFloat32NetworkExportsItsWeightsExactlyAndMatchesItsFloat32ForwardPass() throws Exception {
        Network net = Network.builder("f32", 4, new Rng(9)).dtype(nn.model.DType.FLOAT32)
                .dense(16, Activation.RELU).dense(3, Activation.SOFTMAX).build();
        byte[] model = OnnxModel.write(net.name(), "", OnnxLayers.of(net));
        float[][] x = inputs(100, 4, 8);
        float[][] onnx = runOnnx(model, x);
        Matrix expected = Metrics.outputs(net, toMatrix(x));  // nn's own float32 pass
        for (int r = 0; r < 100; r++) for (int c = 0; c < 3; c++) assertEquals(expected.get(r, c), onnx[r][c], TOLERANCE);
        // The initializers are FLOAT (data type 1) and hold the network's float32 weights unrounded.
        double w = net.layer(0).weights().value().get(0, 0);
        java.nio.ByteBuffer bits = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat((float) w);
        assertTrue(indexOf(model, bits.array()) >= 0, "the first weight's float32 bytes are in the file");
        assertEquals(w, (double) (float) w, 0.0);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Test
    void aNetworkWithoutBiasesUsesMatMul() throws Exception {
        Network net = Network.builder("nobias", 2, new Rng(3)).dense(3, Activation.RELU, false).dense(1, Activation.SIGMOID, false).build();
        byte[] model = OnnxModel.write(net.name(), "", OnnxLayers.of(net));
        String text = new String(model, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("MatMul") && !text.contains("Gemm"), "MatMul without a bias");
        float[][] x = inputs(50, 2, 5);
        float[][] onnx = runOnnx(model, x);
        Matrix expected = Metrics.outputs(net, toMatrix(x));
        for (int r = 0; r < 50; r++) assertEquals(expected.get(r, 0), onnx[r][0], TOLERANCE);
    }

    @Test
    void thresholdNetworksCompiledFromGatesExport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session(Limits.defaults(), List.of(dir), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        Session.Outcome outcome = session.run(new SourceFile("g.nn", """
                gate xor2(a, b) = a ^ b
                gate maj(a, b, c) = (a & b) | (a & c) | (b & c)
                gate parity(a, b, c, d) = a ^ b ^ c ^ d
                unit and2 = threshold(weights = [1, 1], threshold = 1.5)
                unit p = perceptron(weights = [2, -1], bias = -0.5)
                unit tie = perceptron(weights = [2, 1], bias = -2)
                export xor2 to "xor2.onnx"
                export maj to "maj.onnx"
                export parity to "parity.onnx"
                export and2 to "and2.onnx"
                export p to "p.onnx"
                export tie to "tie.onnx"
                """));
        assertEquals(Session.Outcome.OK, outcome, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("exported xor2 to xor2.onnx (ONNX, opset 17)"), out.toString());
        // tie's net input is exactly 0 at (1, 0): Rosenblatt's perceptron does not fire there, and neither may its export.
        for (String name : List.of("xor2", "maj", "parity", "and2", "p", "tie")) {
            RowModel unit = ((Value.UnitV) session.interpreter().globals().lookup(name)).unit();
            int n = unit.inputNames().size();
            float[][] rows = new float[1 << n][n];
            for (int i = 0; i < rows.length; i++) for (int k = 0; k < n; k++) rows[i][k] = (i >> (n - 1 - k)) & 1;
            byte[] model = Files.readAllBytes(dir.resolve(name + ".onnx"));
            float[][] onnx = runOnnx(model, rows);
            for (int i = 0; i < rows.length; i++) {
                double[] row = new double[n];
                for (int k = 0; k < n; k++) row[k] = rows[i][k];
                assertEquals(unit.evaluate(row)[0], onnx[i][0], 0.0, name + " on " + Arrays.toString(row));
            }
            checkWithPythonOnnx(model, name);
        }
        String text = new String(Files.readAllBytes(dir.resolve("xor2.onnx")), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("GreaterOrEqual") && text.contains("Cast"), "a threshold unit fires as GreaterOrEqual + Cast");
    }

    @Test
    void theModelDeclaresIr8Opset17AndFloat32() {
        Network net = Network.builder("tiny", 2, new Rng(1)).dense(1, Activation.SIGMOID).build();
        byte[] model = OnnxModel.write("tiny", "", OnnxLayers.of(net));
        assertEquals(0x08, model[0], "field 1 (ir_version), varint");
        assertEquals(8, model[1]);
        int n = model.length;
        // The opset import is the last field: 0x42 (field 8, bytes), length 4, domain "" (0x0a 0x00), version 17 (0x10 0x11).
        assertEquals(List.of(0x42, 4, 0x0a, 0, 0x10, 17), List.of(model[n - 6] & 0xff, (int) model[n - 5], model[n - 4] & 0xff,
                (int) model[n - 3], model[n - 2] & 0xff, (int) model[n - 1]));
    }

    @Test
    void exportingOutsideTheSandboxIsRefusedAtTheFileName() {
        ScriptRunner.Result r = ScriptRunner.run("e.nn", "network n = 2 -> dense(1, sigmoid)\nexport n to \"../n.onnx\"\n", dir);
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().startsWith("e.nn:2:13: error: access refused: ../n.onnx is outside the folders this script may use"), r.err());
        assertTrue(r.err().contains("              ^^^^^^^^^^^"), r.err());
        assertTrue(!Files.exists(dir.resolveSibling("n.onnx")));
    }

    @Test
    void aNetworkWithNonFiniteWeightsIsNotExported() {
        ScriptRunner.Result r = ScriptRunner.run("e.nn", """
                network n = 2 -> dense(1, sigmoid)
                n.dense1.weights = [[1e300], [1]]
                export n to "n.onnx"
                """, dir);
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome(), r.err() + r.out());
        assertTrue(r.err().contains("cannot export: a weight of dense1 is 1e+300, which a float32 ONNX model cannot hold"), r.err());
        assertTrue(!Files.exists(dir.resolve("n.onnx")));
    }

    private static Matrix toMatrix(float[][] x) {
        double[] data = new double[x.length * x[0].length];
        for (int r = 0; r < x.length; r++) for (int c = 0; c < x[0].length; c++) data[r * x[0].length + c] = x[r][c];
        return new Matrix(x.length, x[0].length, data);
    }

    /** Debian's python3-onnx: check_model(full_check=True) (shape inference included); skipped where absent. */
    private void checkWithPythonOnnx(byte[] model, String name) throws Exception {
        if (!pythonOnnx()) return;
        Path file = dir.resolve("check-" + name + ".onnx");
        Files.write(file, model);
        Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                "import onnx, sys; m = onnx.load(sys.argv[1]); onnx.checker.check_model(m, full_check=True);"
                        + " assert m.ir_version == 8 and m.opset_import[0].version == 17; print('ok')", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 onnx check timed out");
        assertEquals(0, p.exitValue(), "onnx.checker rejected " + name + ":\n" + output);
    }

    @Test
    void pythonOnnxCheckerIsAvailableOrTheSkipIsSaid() throws Exception {
        assumeTrue(pythonOnnx(), () -> {
            String why = "Debian's python3-onnx is not installed (apt-get install python3-onnx, as .ci/run does); "
                    + "exported models were checked by onnxruntime only";
            System.err.println("OnnxExportTest: skipped the onnx.checker check: " + why);
            return why;
        });
    }

    private static Boolean pythonOnnx;

    private static synchronized boolean pythonOnnx() throws Exception {
        if (pythonOnnx == null) {
            if (!Files.isExecutable(Path.of("/usr/bin/python3"))) pythonOnnx = false;
            else {
                Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import onnx").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                pythonOnnx = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            }
        }
        return pythonOnnx;
    }

}
