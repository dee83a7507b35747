package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A warm grading child grades several submissions in one JVM ({@link ChildPool}); what keeps one from
 * reaching the next is that a script can change no JVM-wide state of nn's. This test holds the line: every
 * static field of the classes a child may run is final, apart from the few listed here, each with the
 * reason it cannot carry anything from one submission to another (docs/grading.md, "One JVM, several
 * submissions"). A new mutable static field fails it until it is justified here or removed.
 */
class ChildStaticStateTest {
    /** Packages that never run in a grading child: front ends, benchmarks and tools. */
    private static final List<String> NOT_IN_A_CHILD = List.of("nn/cli/", "nn/repl/", "nn/bench/", "nn/fuzz/", "nn/kernel/",
            "nn/similar/", "nn/web/");

    private static final Set<String> JUSTIFIED = Set.of(
            // the engine's worker pool: sized once at start-up (scripts cannot resize it); swapped only by
            // the command line's --threads and the benchmarks, neither of which runs in a child
            "nn.tensor.parallel.Parallel.pool",
            // whether the SIMD kernels have been compiled yet: children run the portable kernels, and the
            // flags change speed only, never a result (the kernels give the same bits either way)
            "nn.tensor.kernel.VectorWarmUp.ready", "nn.tensor.kernel.VectorWarmUp.started",
            "nn.tensor.kernel.VectorWarmUp32.ready", "nn.tensor.kernel.VectorWarmUp32.started",
            // whether the Vector API module was added (once per JVM, as --add-modules would at start): children
            // run the portable kernels, and the module changes speed only, never a result
            "nn.tensor.kernel.VectorModule.layer", "nn.tensor.kernel.VectorModule.tried",
            // the dispatch cost the split decisions assume instead of the measured one: changed only by
            // `./nn bench matmul threshold` (never in a child, and restored after); it changes speed only, never a result
            "nn.tensor.parallel.Parallel.assumedDispatchNanos",
            // the language messages are in: chosen once at start-up by the command line, never by a script
            "nn.i18n.Messages.current",
            // ANTLR's generated lexer tables (names of channels and modes), only ever read
            "nn.lang.syntax.gen.NNLexer.channelNames", "nn.lang.syntax.gen.NNLexer.modeNames",
            // the parent's archive, found once per grading process (the parent, never a script)
            "nn.grade.ChildArchive.ready", "nn.grade.ChildArchive.tried",
            // the browser page's files for the run under way: installed and removed by nn.web.WebMain around each
            // run in the browser; on the JVM nothing installs any (it stays the empty page), and nothing reads it
            "nn.platform.PageFiles$Installed.files",
            // a float32 copy of the inputs last trained on in float32, keyed by the identity of that inputs
            // matrix (held weakly): a later submission's matrices are other objects, so it can only miss and
            // make its own copy (matrices are values: assignment into one copies it); it changes speed only,
            // never a result
            "nn.model.Float32Inputs.source", "nn.model.Float32Inputs.copy");

    @Test
    void everyStaticFieldAChildCanReachIsFinalOrJustified() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        Set<String> mutable = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(classes.resolve("nn"))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                String rel = classes.relativize(p).toString().replace('\\', '/');
                if (NOT_IN_A_CHILD.stream().anyMatch(rel::startsWith)) continue;
                Class<?> c = Class.forName(rel.substring(0, rel.length() - 6).replace('/', '.'), false, getClass().getClassLoader());
                for (Field f : c.getDeclaredFields())
                    if (Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers()) && !f.isSynthetic())
                        mutable.add(c.getName() + "." + f.getName());
            }
        }
        mutable.removeAll(JUSTIFIED);
        assertEquals(Set.of(), mutable, "static fields a grading child could carry from one submission to the next");
    }
}
