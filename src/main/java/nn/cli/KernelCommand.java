package nn.cli;

import nn.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nn.kernel.ConnectionInfo;
import nn.kernel.Kernel;
import nn.kernel.KernelException;
import nn.kernel.KernelSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nn kernel CONNECTION_FILE} runs the Jupyter kernel; {@code nn kernel install} writes its spec. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Run nn as a Jupyter kernel (Jupyter starts it with a connection file), or install its kernel spec.",
        subcommands = KernelCommand.Install.class)
final class KernelCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main parent;

    @Parameters(arity = "0..1", paramLabel = HelpTexts.CONNECTION_FILE, descriptionKey = "CONNECTION_FILE", description = "the connection file Jupyter writes")
    Path connectionFile;

    @CommandLine.Mixin
    LanguageHelp language = new LanguageHelp();

    @CommandLine.Mixin
    Main.BudgetOptions budgets = new Main.BudgetOptions();

    @Override
    public Integer call() {
        if (connectionFile == null) {
            System.err.println("nn kernel: " + Messages.t("diagnostic.error") + ": " + Messages.t("cli.kernel-no-connection-file"));
            System.err.println(Messages.t("diagnostic.hint") + ": " + Messages.t("cli.kernel-no-connection-file-hint"));
            System.err.println(Main.usageLine("nn kernel"));
            return 64;
        }
        parent.budgets.applyThreads();
        budgets.applyThreads();
        try {
            ConnectionInfo info = ConnectionInfo.read(connectionFile);
            Path home = Path.of("").toAbsolutePath();
            return new Kernel(info, budgets.limits(), budgets.allowedDirs(home)).serve();
        } catch (KernelException e) {
            System.err.println("nn kernel: " + Messages.t("diagnostic.error") + ": " + e.getMessage());
            return 64;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Write the kernel spec (kernels/nn/kernel.json) so Jupyter offers an \"nn\" kernel.")
    static final class Install implements Callable<Integer> {
        @Option(names = "--user", description = "install for this user only (~/.local/share/jupyter on Linux)")
        boolean user;

        @Option(names = "--prefix", paramLabel = HelpTexts.DIR, description = "install into DIR/share/jupyter (a virtual environment, a test)")
        Path prefix;

        @Override
        public Integer call() {
            Path dir = KernelSpec.dataDir(user, prefix);
            try {
                Path written = KernelSpec.install(dir);
                System.out.println(Messages.t("cli.kernel-installed", written));
                return 0;
            } catch (IOException e) {
                System.err.println("nn kernel install: " + Messages.t("diagnostic.error") + ": " + (user || prefix != null
                        ? Messages.t("cli.kernel-cannot-write", dir, nn.io.LinkFreeFiles.reason(e))
                        : Messages.t("cli.kernel-cannot-write-user", dir, nn.io.LinkFreeFiles.reason(e))));
                return 73;
            }
        }
    }
}
