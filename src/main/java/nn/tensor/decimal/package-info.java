/**
 * Numbers to decimal text and back, the same in both builds: {@link nn.tensor.decimal.ShortestDigits} (a double
 * or a float as the JDK's {@code toString} writes it: Schubfach), {@link nn.tensor.decimal.DecimalParser}
 * (decimal text to the nearest double or float) and {@link nn.tensor.decimal.Decimal} (the digits, rounded on a
 * long). TeaVM's own conversions differ from the JDK's in the last digit for some numbers; everything nn
 * prints or reads goes through these instead. Plain Java with no dependency but {@code nn.platform}.
 */
package nn.tensor.decimal;
