/**
 * The {@code nn} command (picocli): runs a script, starts the REPL, or runs a benchmark; turns flags
 * into budgets ({@link nn.interp.Limits}) and a sandbox, and maps outcomes to exit statuses (0 ok,
 * 64 usage, 65 syntax or check, 70 runtime). It is the front end that talks to the operating system.
 */
package nn.cli;
