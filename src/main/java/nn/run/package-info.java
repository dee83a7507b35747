/**
 * Running source text: a {@link nn.run.Session} owns one interpreter and feeds it through the phases
 * (parse, check, run), printing every failure in the one diagnostic format and reporting an outcome;
 * {@link nn.run.Version} is nn's version, written once in the pom. Shared by the command line and the REPL.
 */
package nn.run;
