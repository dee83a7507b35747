package nn.bench;

import java.util.Locale;
import nn.i18n.Lang;
import nn.i18n.Messages;

/**
 * Whole figures in a benchmark's report: with thousands separators in English (12,345 samples/s), without in
 * Spanish (12345 muestras/s), where a comma is a decimal comma and nn's numbers keep the code's notation.
 */
final class Figures {
    private Figures() {}

    static String whole(double v) {
        return String.format(Locale.ROOT, Messages.lang() == Lang.EN ? "%,.0f" : "%.0f", v);
    }

    static String whole(long v) {
        return String.format(Locale.ROOT, Messages.lang() == Lang.EN ? "%,d" : "%d", v);
    }
}
