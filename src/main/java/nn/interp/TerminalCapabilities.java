package nn.interp;

import nn.i18n.Messages;
/**
 * What the terminal a run prints to can do, as the front end (the command line or the REPL) found out;
 * nothing below the front end probes the console, /proc or the environment for it.
 *
 * @param colour       results may use ANSI colours (plots draw in colour with half-blocks)
 * @param width        columns of the screen; text that must not wrap (the progress line, side-by-side plots) fits in it
 * @param liveProgress standard error is a screen where a line may be redrawn in place with '\r' (training progress)
 */
public record TerminalCapabilities(boolean colour, int width, boolean liveProgress) {
    /** The width assumed when nothing says otherwise: pipes, files, tests. */
    public static final int DEFAULT_WIDTH = 80;

    /** Output to a pipe or a file: no colour, no redrawn line, 80 columns; the same bytes every run. */
    public static final TerminalCapabilities PLAIN = new TerminalCapabilities(false, DEFAULT_WIDTH, false);

    public TerminalCapabilities {
        if (width < 1) throw new IllegalArgumentException(Messages.t("internal.terminal-width", width));
    }

    /** The same terminal after a resize; an unknown width (0 or less) keeps the default. */
    public TerminalCapabilities withWidth(int columns) {
        return new TerminalCapabilities(colour, columns > 0 ? columns : DEFAULT_WIDTH, liveProgress);
    }
}
