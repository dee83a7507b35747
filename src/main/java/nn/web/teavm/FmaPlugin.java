package nn.web.teavm;

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
 * A TeaVM build plugin (listed in META-INF/services): TeaVM's library has no {@code Math.fma}, and nn's
 * kernels are fma chains whose bits the browser must reproduce. Every call of {@code Math.fma} in the
 * compiled code is redirected to {@link ExactFma}, which rounds the same way.
 */
public final class FmaPlugin implements TeaVMPlugin, ClassHolderTransformer {
    @Override public void install(TeaVMHost host) { host.add(this); }

    @Override public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(ExactFma.class.getName())) return;
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) continue;
            for (BasicBlock block : program.getBasicBlocks())
                for (Instruction instruction : block)
                    if (instruction instanceof InvokeInstruction call && isMathFma(call.getMethod()))
                        call.setMethod(new MethodReference(ExactFma.class.getName(), call.getMethod().getDescriptor()));
        }
    }

    private static boolean isMathFma(MethodReference m) {
        return m.getClassName().equals("java.lang.Math") && m.getName().equals("fma");
    }
}
