package nn.i18n;

import org.teavm.backend.javascript.spi.GeneratedBy;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The catalogues as the browser's build reads them: TeaVM has no ResourceBundle lookup of .properties files, so
 * when TeaVM compiles nn.js, {@code nn.web.teavm.CatalogueTable} writes the texts the compiled code can ask for
 * into it as a JavaScript object ({@code {"en": {key: text}, "es": {key: text}}}, read from the same files with
 * {@code java.util.Properties}). A key missing from a language falls back to English, as ResourceBundle's parent
 * does. Used only where {@code nn.platform.Browser.isBrowser()}; the JVM never calls it.
 */
final class BrowserCatalogues {
    private BrowserCatalogues() {}

    /** The table, made when the first text is asked for (a holder class: JavaScript runs it once, lazily). */
    private static final class Texts {
        static final JSObject TABLE = table();
    }

    /** The text of {@code key} in {@code lang}, else in English, else null. */
    static String pattern(Lang lang, String key) {
        String text = lang == Lang.EN ? null : text(Texts.TABLE, lang.code(), key);
        return text != null ? text : text(Texts.TABLE, "en", key);
    }

    /** Written by nn.web.teavm.CatalogueTable at build time. */
    @GeneratedBy(nn.web.teavm.CatalogueTable.class)
    private static native JSObject table();

    @JSBody(params = {"table", "lang", "key"}, script = "var texts = table[lang];"
            + " return texts && Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : null;")
    private static native String text(JSObject table, String lang, String key);
}
