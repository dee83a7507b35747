package nn.web.teavm;

import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM build plugin (listed in META-INF/services) for the {@code Math} methods whose TeaVM versions do not
 * give the JVM's results, so the browser prints the JVM's digits. TeaVM's library has no {@code Math.fma}, and
 * nn's kernels are fma chains: calls go to {@link ExactFma}, which rounds the same way. TeaVM's {@code rint} is
 * {@code round}, which rounds halves up (rint(2.5) = 3, not 2) and loses −0, and its {@code round} adds ±0.5
 * and truncates (round(−2.5) = −3, not −2; round(0.49999999999999994) = 1, not 0): calls go to
 * {@link ExactRounding}. Every call of these in the compiled code, of {@code Math} or {@code StrictMath}, is
 * redirected; the sources stay as they are. Installing the plugin also fixes how TeaVM groups sums and products
 * of doubles in the JavaScript it writes ({@link RendererGrouping}) and rounds float results to float
 * ({@link FloatRounding}). The portable matrix product's inner loops ({@code nn.tensor.kernel.PortableRows},
 * where nearly all of training's multiply-adds are) go to {@link ExactFmaRows}, which gives their bits with a
 * fraction of the work of one {@link ExactFma} call per element.
 */
public final class MathPlugin implements TeaVMPlugin, ClassHolderTransformer {
    private static final Set<String> OWNERS = Set.of("java.lang.Math", "java.lang.StrictMath");
    private static final Set<String> OURS = Set.of(ExactFma.class.getName(), ExactRounding.class.getName(),
            ExactFmaRows.class.getName());
    /** The kernel class whose row loops {@link ExactFmaRows} replaces, method for method (same names, same types). */
    static final String PORTABLE_ROWS = "nn.tensor.kernel.PortableRows";

    @Override public void install(TeaVMHost host) {
        RendererGrouping.install();
        host.add(this);
        host.add(new FloatRounding());
    }

    @Override public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (OURS.contains(cls.getName())) return;
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) continue;
            for (BasicBlock block : program.getBasicBlocks())
                for (Instruction instruction : block)
                    if (instruction instanceof InvokeInstruction call) {
                        String target = replacement(call.getMethod());
                        if (target != null) call.setMethod(new MethodReference(target, call.getMethod().getDescriptor()));
                    }
        }
    }

    /** The class that replaces a call of {@code m}, or null to keep it. */
    private static String replacement(MethodReference m) {
        if (m.getClassName().equals(PORTABLE_ROWS)) return ExactFmaRows.class.getName();
        if (!OWNERS.contains(m.getClassName())) return null;
        return switch (m.getName()) {
            case "fma" -> ExactFma.class.getName();
            case "rint", "round" -> ExactRounding.class.getName();
            default -> null;
        };
    }
}
