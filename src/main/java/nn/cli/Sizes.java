package nn.cli;

import nn.i18n.Messages;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Parses the human units of the budget flags: 10s, 500ms, 2m; 512m, 2g, 1000000. */
final class Sizes {
    private Sizes() {}

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override public Duration convert(String value) { return duration(value); }
    }

    static final class BytesConverter implements CommandLine.ITypeConverter<Long> {
        @Override public Long convert(String value) { return bytes(value); }
    }

    /** The longest --timeout: a day. Longer would overflow nothing, but no lesson or grader means it. */
    static final Duration LONGEST = Duration.ofHours(24);
    /** The largest --max-memory: 1 TiB. */
    static final long LARGEST = 1L << 40;

    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        double millis;
        try {
            if (t.endsWith("ms")) millis = Double.parseDouble(t.substring(0, t.length() - 2));
            else if (t.endsWith("s")) millis = Double.parseDouble(t.substring(0, t.length() - 1)) * 1000;
            else if (t.endsWith("m")) millis = Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000;
            else if (t.endsWith("h")) millis = Double.parseDouble(t.substring(0, t.length() - 1)) * 3_600_000;
            else millis = Double.parseDouble(t) * 1000;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(Messages.t("cli.not-a-duration", text));
        }
        // Checked as a double, before any conversion to long can overflow or turn NaN into 0.
        if (!(millis >= 1 && millis <= LONGEST.toMillis()))
            throw new CommandLine.TypeConversionException(Messages.t("cli.duration-range", text));
        return Duration.ofMillis((long) millis);
    }

    static long bytes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
        long unit = 1;
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        switch (last) {
            case 'k' -> unit = 1L << 10;
            case 'm' -> unit = 1L << 20;
            case 'g' -> unit = 1L << 30;
            default -> { }
        }
        if (unit != 1) t = t.substring(0, t.length() - 1);
        double bytes;
        try {
            bytes = Double.parseDouble(t) * unit;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(Messages.t("cli.not-a-size", text));
        }
        if (!(bytes >= 1024 && bytes <= LARGEST))
            throw new CommandLine.TypeConversionException(Messages.t("cli.size-range", text));
        return (long) bytes;
    }
}
