/**
 * Lecture area "text": strings and lists as a student coming from Python writes them. The builtins
 * {@code format} and {@code append} and f-strings ({@link nn.interp.lib.text.TextLib}), Python's
 * format specs ({@link nn.interp.lib.text.FormatSpec}) and the storage lists grow into
 * ({@link nn.interp.lib.text.GrowableItems}).
 */
package nn.interp.lib.text;
