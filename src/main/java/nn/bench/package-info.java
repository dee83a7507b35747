/**
 * Benchmarks run by {@code nn bench NAME}: they print figures (epochs per second, samples per second,
 * GFLOPS) for the README; none of them is a test.
 */
package nn.bench;
