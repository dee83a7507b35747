package nn.cli;

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

    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            if (t.endsWith("s")) return Duration.ofMillis((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            if (t.endsWith("m")) return Duration.ofSeconds((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            if (t.endsWith("h")) return Duration.ofMinutes((long) (Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            return Duration.ofMillis((long) (Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a duration; write 10s, 500ms or 2m");
        }
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
        try {
            return (long) (Double.parseDouble(t) * unit);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a size; write 512m, 2g or a number of bytes");
        }
    }
}
