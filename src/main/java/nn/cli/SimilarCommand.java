package nn.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nn.similar.Settings;
import nn.similar.Similar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nn similar}: the options; the work is in {@link Similar}. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = "Find submissions that share code, even renamed, reordered or padded. Compares every pair "
                + "of submissions (each .nn file or sub-folder of FOLDER) by winnowed fingerprints of their "
                + "normalised tokens; never runs them.")
final class SimilarCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = HelpTexts.FOLDER, descriptionKey = "FOLDER", description = "the submissions: one .nn file or sub-folder per student")
    Path folder;

    @picocli.CommandLine.Mixin
    LanguageHelp language = new LanguageHelp();

    @Option(names = "--starter", paramLabel = HelpTexts.FILE, description = "code handed out with the assignment (a file or folder; repeatable): it does not count")
    List<Path> starters = new ArrayList<>();

    @Option(names = "--threshold", paramLabel = "S", description = "list pairs with a similarity of at least S, 0 to 1 (default ${DEFAULT-VALUE})")
    double threshold = Settings.defaults().threshold();

    @Option(names = "--report", paramLabel = HelpTexts.FILE_HTML, description = "write an HTML report with the pairs side by side")
    Path report;

    @Option(names = "--csv", paramLabel = HelpTexts.FILE, description = "write the pairs as CSV (- for standard output, instead of the table)")
    String csv;

    @Option(names = "--k", paramLabel = "N", description = "tokens per fingerprinted k-gram: shorter matches never count (default ${DEFAULT-VALUE})")
    int k = Settings.defaults().k();

    @Option(names = "--window", paramLabel = "N", description = "winnowing window: matches of k + N - 1 tokens always count (default ${DEFAULT-VALUE})")
    int window = Settings.defaults().window();

    @Option(names = "--common", paramLabel = "F", description = "ignore code found in more than this fraction of the submissions (default ${DEFAULT-VALUE})")
    double common = Settings.defaults().common();

    @Option(names = "--max-bytes", paramLabel = HelpTexts.SIZE, converter = Sizes.BytesConverter.class,
            description = "skip source files larger than this, like 512k or 2m (default 1m)")
    long maxBytes = 1L << 20;

    @Override
    public Integer call() {
        Settings settings = new Settings(k, window, threshold, common);
        return Similar.run(new Similar.Options(folder, starters, settings, report, csv, maxBytes), System.out, System.err);
    }
}
