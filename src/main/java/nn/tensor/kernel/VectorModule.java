package nn.tensor.kernel;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the Vector API ({@code jdk.incubator.vector}) usable when the SIMD kernels are first needed, not
 * when the JVM starts.
 *
 * <p>Why: with an incubator module in the boot layer (the usual {@code --add-modules}) the JVM resolves
 * the whole module graph on every start (50–60 ms of CPU) and its ahead-of-time cache can archive no
 * module graph, link no classes ahead of time and keep no lambdas: a one-line script started in about
 * twice the CPU time it takes without the module. Most scripts never multiply matrices large enough to
 * want the SIMD kernels, so the launcher leaves the module out and this class adds it on first use, in a
 * layer of its own above the boot layer.
 *
 * <p>How: the module is defined to the boot class loader, as the JVM itself would define it, through
 * the JDK's own mapping of modules to loaders ({@code jdk.internal.module.ModuleLoaderMap}; the only
 * mapping {@link ModuleLayer#defineModules} accepts for the boot loader). Boot-loader classes keep what
 * makes the Vector API fast — the JIT honours their {@code @ForceInline} and intrinsics, and defining
 * the module switches the JIT's vector support on as {@code --add-modules} does (measured: the same
 * GFLOPS either way). java.base exports its internals to {@code jdk.incubator.vector} only within the
 * boot layer, so those qualified exports are added to the new module by hand. All of it needs
 * {@code --add-opens java.base/jdk.internal.module=ALL-UNNAMED}, which the launcher gives; without it
 * (a plain {@code java -jar}), or where the JDK has no such module, the kernels stay portable and
 * {@link MicroKernel} prints its one-line note. Where the module is already in the boot layer
 * ({@code --add-modules jdk.incubator.vector}: the tests, {@code NN_JAVA_OPTS}) nothing is done.
 */
final class VectorModule {
    static final String NAME = "jdk.incubator.vector";

    private VectorModule() {}

    /** Whether the module is readable now (the first call that finds it absent tries to add it). */
    static synchronized boolean load() {
        if (ModuleLayer.boot().findModule(NAME).isPresent() || layer != null) return true;
        if (tried) return false;
        tried = true;
        try {
            layer = define();
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError refused) {
            return false;
        }
    }

    private static ModuleLayer layer;
    private static boolean tried;

    private static ModuleLayer define() throws ReflectiveOperationException {
        ModuleLayer boot = ModuleLayer.boot();
        Configuration cf = boot.configuration().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), Set.of(NAME));
        Method mapping = Class.forName("jdk.internal.module.ModuleLoaderMap").getDeclaredMethod("mappingFunction", Configuration.class);
        mapping.setAccessible(true);
        @SuppressWarnings("unchecked")
        Function<String, ClassLoader> loaders = (Function<String, ClassLoader>) mapping.invoke(null, cf);
        ModuleLayer added = boot.defineModules(cf, loaders);
        Module vector = added.findModule(NAME).orElseThrow();
        Module base = Object.class.getModule();
        Method addExports = Class.forName("jdk.internal.module.Modules").getMethod("addExports", Module.class, String.class, Module.class);
        for (ModuleDescriptor.Exports e : base.getDescriptor().exports())
            if (e.targets().contains(NAME)) addExports.invoke(null, base, e.source(), vector);
        return added;
    }
}
