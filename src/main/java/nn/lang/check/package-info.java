/**
 * Checks before anything runs: {@link nn.lang.check.Resolver} finds undefined names and misuse of
 * definitions, with "did you mean …?" suggestions from {@link nn.lang.check.Names}, so a script with
 * such a mistake prints nothing before the error.
 */
package nn.lang.check;
