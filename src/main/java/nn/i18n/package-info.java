/**
 * What nn says, in English and Spanish: {@link nn.i18n.Lang} chooses the language (--lang, NN_LANG, the
 * locale) and {@link nn.i18n.Messages} reads one catalogue per area from {@code src/main/resources/nn/i18n}.
 */
package nn.i18n;
