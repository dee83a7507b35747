/**
 * The interactive REPL on JLine: line editing and history, multi-line entries that continue while
 * brackets are open, syntax highlighting, Tab completion of names, the {@code :help}, {@code :load},
 * {@code :reset} … commands, and Ctrl-C that stops the running entry but keeps the session.
 */
package nn.repl;
