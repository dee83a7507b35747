package nn.i18n;

/**
 * A library's own sentence (the JDK's, Gson's, ZeroMQ's, Commons CSV's), always English, where nn used to
 * print it as it came: an English run still prints it so, byte for byte; a run in another language prints
 * nn's catalogued words for it instead, so no English sentence reaches a Spanish reader.
 */
public final class Foreign {
    private Foreign() {}

    /** {@code libraryText} in an English run, {@code nnText} (already in the run's language) otherwise. */
    public static String orSaid(String libraryText, String nnText) {
        return Messages.lang() == Lang.EN ? String.valueOf(libraryText) : nnText;
    }
}
