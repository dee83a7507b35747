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

    /** Gives {@code cli} and its subcommands the help texts of {@code lang}; English keeps the annotations. */
    static void apply(CommandLine cli, Lang lang) {
        if (lang == Lang.EN) return;
        cli.setResourceBundle(ResourceBundle.getBundle("nn.cli.help", lang.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
