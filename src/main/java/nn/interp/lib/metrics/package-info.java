/**
 * Lecture area "metrics": how well a network does. The builtins ({@link nn.interp.lib.metrics.MetricsLib})
 * and how a confusion matrix prints ({@link nn.interp.lib.metrics.Confusions}).
 */
package nn.interp.lib.metrics;
