package nn.web.teavm;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.util.ExceptionContext;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM build plugin (listed in META-INF/services): commons-math's exceptions build their messages with
 * {@link java.text.MessageFormat}, the only user of it left in nn.js, and MessageFormat brings date formats,
 * calendars, time zones and their locale data along (about 20 KB of nn.js gzipped). In the browser's build,
 * {@code ExceptionContext.buildMessage} fills the patterns with {@link MathMessages#build} instead. nn shows such a
 * message only as an internal error's detail (its own messages say what went wrong with a script).
 */
public final class MathMessagesPlugin implements TeaVMPlugin, ClassHolderTransformer {
    private static final MethodDescriptor BUILD_MESSAGE = new MethodDescriptor("buildMessage", Locale.class, String.class, String.class);

    @Override public void install(TeaVMHost host) { host.add(this); }

    @Override public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(ExceptionContext.class.getName())) return;
        MethodHolder method = cls.getMethod(BUILD_MESSAGE);
        if (method == null) throw new IllegalStateException("commons-math's ExceptionContext has no " + BUILD_MESSAGE);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter self = pe.var(0, ExceptionContext.class);
        ValueEmitter patterns = self.getField("msgPatterns", List.class);
        ValueEmitter arguments = self.getField("msgArguments", List.class);
        ValueEmitter separator = pe.var(2, String.class);
        pe.invoke(MathMessages.class, "build", String.class, patterns, arguments, separator).returnValue();
    }
}
