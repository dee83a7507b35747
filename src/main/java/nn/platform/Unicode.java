package nn.platform;

import java.text.Normalizer;
import org.teavm.jso.JSBody;

/** Unicode services that the two builds get from different places: the JDK, or the browser's JavaScript. */
public final class Unicode {
    private Unicode() {}

    /** {@code text} in Normalization Form D: accented letters as the letter and its combining marks. */
    public static String decomposed(String text) {
        return Browser.isBrowser() ? jsNormalize(text, "NFD") : Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** {@code text} in Normalization Form C: an accented letter as one character where Unicode has one. */
    public static String composed(String text) {
        return Browser.isBrowser() ? jsNormalize(text, "NFC") : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The character's Unicode name, as {@link Character#getName}; in the browser's build only for the invisible
     * characters (controls, formats, spaces, separators: the ones nn's messages name), else null.
     */
    public static String name(int cp) {
        return Browser.isBrowser() ? InvisibleNames.of(cp) : Character.getName(cp);
    }

    @JSBody(params = {"text", "form"}, script = "return text.normalize(form);")
    private static native String jsNormalize(String text, String form);
}
