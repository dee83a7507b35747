/**
 * {@code nn similar}: finds submissions that share their code, even renamed, reordered or padded with
 * dead statements. It only lexes and parses submissions (never runs them): names and literals are
 * normalised, dead code dropped and independent statements put in a canonical order, then winnowed
 * k-gram fingerprints (Schleimer, Wilkerson and Aiken, 2003) are compared for all pairs, and greedy
 * string tiling finds the matching regions of the pairs above the threshold.
 */
package nn.similar;
