/**
 * What differs between the two builds of nn: the JVM's (the jar) and the browser's (the interpreter
 * compiled to JavaScript by TeaVM, see {@code nn.web}). {@link nn.platform.Browser#isBrowser} is decided when
 * the code is compiled, so each build holds only its own side of a choice; the small interfaces here
 * ({@link nn.platform.Heap}) name what each side provides. It imports nothing else from nn.
 */
package nn.platform;
