package nn.web;

import nn.interp.Output;
import nn.tensor.decimal.ShortestDigits;

/**
 * A training run as {@code emit("train", json, null)} calls, for the page's live chart (web/CONTRACT.md):
 * {@code {"network":"net","epochs":3000}} when a run starts, then {@code {"epoch":1,"loss":0.25,"accuracy":0.5,
 * "valLoss":null,"valAccuracy":null}} after every epoch (null: a number the run does not have). Numbers are
 * written as Java writes doubles, which JSON reads back to the same value. Throttling is the page's business.
 */
final class TrainingEvents implements Output.Training {
    private final Emit emit;

    TrainingEvents(Emit emit) { this.emit = emit; }

    @Override public void started(String network, int epochs) {
        emit.emit("train", "{\"network\":" + string(network) + ",\"epochs\":" + epochs + "}", null);
    }

    @Override public void epoch(int epoch, double loss, double accuracy, double valLoss, double valAccuracy) {
        emit.emit("train", "{\"epoch\":" + epoch + ",\"loss\":" + number(loss) + ",\"accuracy\":" + number(accuracy)
                + ",\"valLoss\":" + number(valLoss) + ",\"valAccuracy\":" + number(valAccuracy) + "}", null);
    }

    static String number(double x) { return Double.isFinite(x) ? ShortestDigits.toString(x) : "null"; }

    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
