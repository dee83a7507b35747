package nn.i18n;

import nn.tensor.decimal.DecimalParser;

/**
 * The browser build's way of filling a catalogue text, instead of {@link java.text.MessageFormat} and
 * {@link java.text.ChoiceFormat}: the catalogues use only numbered arguments ({@code {0}}) and plural choices
 * ({@code {0,choice,1#1 epoch|1<{0} epochs}}), and their apostrophes and other braces are literal text (see
 * {@link Messages}), so filling them is a walk over the text. Leaving MessageFormat out of nn.js leaves out what
 * it brings along (date formats, calendars, time zones and their locale data: about a tenth of nn.js).
 * MessageFormatAgreementTest checks that every catalogue text comes out as MessageFormat makes it.
 */
final class PlainFormat {
    private PlainFormat() {}

    /** {@code text} (its choices already chosen) with each {@code {N}} replaced by argument N, as MessageFormat does. */
    static String fill(String text, Object[] args) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int close = c == '{' ? argumentEnd(text, i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            int index = Integer.parseInt(text.substring(i + 1, close));
            if (index >= args.length) out.append(text, i, close + 1);  // MessageFormat leaves a missing argument as {N}
            else out.append(args[index] instanceof Number number ? Messages.plain(number) : String.valueOf(args[index]));
            i = close + 1;
        }
        return out.toString();
    }

    /** Where the {@code }} of a numbered argument {@code {N}} opened at {@code open} is, or -1 when none opens there. */
    private static int argumentEnd(String text, int open) {
        int j = open + 1;
        while (j < text.length() && Character.isDigit(text.charAt(j))) j++;
        return j > open + 1 && j < text.length() && text.charAt(j) == '}' ? j : -1;
    }

    /**
     * The branch of a choice ({@code 0#none|1#one|1<{0} many}) that {@code x} selects, as ChoiceFormat chooses:
     * the last branch whose limit is at most x ({@code a<} is a limit just above a), else the first.
     */
    static String choose(String choices, double x) {
        String[] branches = choices.split("\\|", -1);
        int chosen = -1;
        for (String branch : branches) {
            int sign = firstOf(branch, '#', '<', '\u2264');
            if (sign < 0) throw new IllegalArgumentException("a choice without a limit: " + choices);
            double limit = DecimalParser.parseDouble(branch.substring(0, sign).trim());
            if (branch.charAt(sign) == '<') limit = Math.nextUp(limit);
            if (!(x >= limit)) break;  // as ChoiceFormat: NaN stops at the first branch too
            chosen++;
        }
        String branch = branches[Math.max(chosen, 0)];
        return branch.substring(firstOf(branch, '#', '<', '\u2264') + 1);
    }

    private static int firstOf(String s, char... signs) {
        for (int i = 0; i < s.length(); i++) for (char c : signs) if (s.charAt(i) == c) return i;
        return -1;
    }
}
