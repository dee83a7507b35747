package nn.viz;

import nn.i18n.Messages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** A bar chart of counts per bin as a PNG (nn grade's score histogram): bars, counts above them, bin labels below. */
public final class HistogramPng {
    private HistogramPng() {}

    private static final int BAR = 0x3b6ea5, INK = 0x222222, AXIS = 0x888888;

    public static void write(String title, String[] labels, int[] counts, Path file) {
        int bars = counts.length, barWidth = 56, gap = 12, left = 40, top = 80, plotHeight = 240;
        int width = left * 2 + bars * (barWidth + gap), height = top + plotHeight + 60;
        BufferedImage img = Png.canvas(width, height);
        int most = 1;
        for (int c : counts) most = Math.max(most, c);
        BitmapFont.draw(img, title, left, 16, 2, INK);
        int baseline = top + plotHeight;
        for (int x = left - 4; x < width - left + 4; x++) img.setRGB(x, baseline, AXIS);
        for (int i = 0; i < bars; i++) {
            int x0 = left + i * (barWidth + gap) + gap / 2;
            int h = (int) Math.round(plotHeight * (counts[i] / (double) most));
            for (int y = baseline - h; y < baseline; y++) for (int x = x0; x < x0 + barWidth; x++) img.setRGB(x, y, BAR);
            String count = Integer.toString(counts[i]);
            BitmapFont.draw(img, count, x0 + (barWidth - BitmapFont.width(count, 2)) / 2, baseline - h - 20, 2, INK);
            BitmapFont.draw(img, labels[i], x0 + (barWidth - BitmapFont.width(labels[i], 1)) / 2, baseline + 10, 1, INK);
        }
        BitmapFont.draw(img, Messages.t("viz.histogram-axis"), left, baseline + 32, 1, AXIS);
        Png.write(img, file);
    }
}
