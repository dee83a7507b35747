package nn.cli;

import picocli.CommandLine.Option;

/**
 * Documents {@code --lang} in every command's {@code --help}. {@link LanguageOption} takes the flag off the
 * command line before picocli parses it, so this field is never set; it is here to be listed.
 */
final class LanguageHelp {
    @Option(names = "--lang", paramLabel = HelpTexts.LANG,
            description = "the language nn speaks, en or es (default: NN_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG; else en)")
    String lang;
}
