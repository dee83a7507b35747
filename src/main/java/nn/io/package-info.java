/**
 * Opening files by a path with no symbolic links in it, without a race: every folder on the way is
 * opened relative to the one before it, refusing a link at each step, and writes replace their file
 * by a rename inside its folder. Imports nothing of the project; the sandbox, the data loaders and
 * the writers of plots, graphs and networks open files only through it. {@link nn.io.XmlText} makes text safe
 * for the XML and HTML files they write.
 */
package nn.io;
