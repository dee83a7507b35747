package nn.cli;

import java.util.ResourceBundle;
import nn.i18n.Lang;
import picocli.CommandLine;

/**
 * The {@code --help} texts in the chosen language. The English ones are the commands' annotations; another
 * language's are picocli keys in {@code nn/cli/help_LANG.properties} ({@code usage.description},
 * {@code nn.grade.usage.description}, an option's long name without dashes, a positional's description key).
 */
final class HelpTexts {
    private HelpTexts() {}

    /*
     * The synopsis's placeholders (nn run FILE, --timeout=TIME): English as written here, another language's
     * from the help bundle's label.* keys. N, S, F and I/N are the same in both and stay plain.
     */
    static final String ARGS = "${bundle:label.ARGS:-ARGS}";
    static final String ASSIGNMENT = "${bundle:label.ASSIGNMENT:-ASSIGNMENT}";
    static final String CONNECTION_FILE = "${bundle:label.CONNECTION_FILE:-CONNECTION_FILE}";
    static final String DIR = "${bundle:label.DIR:-DIR}";
    static final String FILE = "${bundle:label.FILE:-FILE}";
    static final String FILE_HTML = "${bundle:label.FILE.html:-FILE.html}";
    static final String FOLDER = "${bundle:label.FOLDER:-FOLDER}";
    static final String FORMAT = "${bundle:label.FORMAT:-FORMAT}";
    static final String INPUTS = "${bundle:label.INPUTS:-INPUTS}";
    static final String LANG = "${bundle:label.LANG:-LANG}";
    static final String NAME = "${bundle:label.NAME:-NAME}";
    static final String PATH = "${bundle:label.PATH:-PATH}";
    static final String SHARD_DIR = "${bundle:label.SHARD_DIR:-SHARD_DIR}";
    static final String SIZE = "${bundle:label.SIZE:-SIZE}";
    static final String SUBMISSION = "${bundle:label.SUBMISSION:-SUBMISSION}";
    static final String TIME = "${bundle:label.TIME:-TIME}";

    /** Gives {@code cli} and its subcommands the help texts of {@code lang}; English keeps the annotations. */
    static void apply(CommandLine cli, Lang lang) {
        if (lang == Lang.EN) return;
        cli.setResourceBundle(ResourceBundle.getBundle("nn.cli.help", lang.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
