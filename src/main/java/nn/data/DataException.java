package nn.data;

import nn.error.UserError;

/**
 * A problem with a dataset that the user can fix: a file that is missing or malformed, a bad
 * argument to a generator or split. The message is a plain sentence that names the file, row and
 * column where they are known (for example {@code "points.csv: row 7, column 'x2': 'abc' is not a
 * number"}); the interpreter adds the script position.
 */
public final class DataException extends UserError {
    @java.io.Serial private static final long serialVersionUID = 1L;

    public DataException(String message) { super(message); }

    public DataException(String message, Throwable cause) { super(message, cause); }
}
