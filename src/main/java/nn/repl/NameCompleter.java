package nn.repl;

import java.util.List;
import java.util.TreeSet;
import nn.run.Completion;
import nn.run.Session;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: keywords, builtins and every name the session has defined so far; after {@code name.}
 * the fields of the value the name holds (a network's weights and layers, a dataset's inputs, …).
 */
final class NameCompleter implements Completer {
    private static final List<String> COMMANDS = List.of(":help", ":vars", ":load", ":history", ":save", ":reset", ":quit");
    private final Session session;

    NameCompleter(Session session) { this.session = session; }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        int dot = typed.lastIndexOf('.');
        if (dot > 0) {
            for (String field : Completion.fields(session, typed.substring(0, dot)))
                candidates.add(new Candidate(typed.substring(0, dot + 1) + field, field, null, null, null, null, true));
            return;
        }
        for (String word : words(line.line().strip().startsWith(":") && line.wordIndex() == 0))
            candidates.add(new Candidate(word, word, null, null, null, null, true));
    }

    /** The candidate words, sorted; commands only at the start of a line that begins with ':'. */
    TreeSet<String> words(boolean command) {
        TreeSet<String> out = new TreeSet<>();
        if (command) { out.addAll(COMMANDS); return out; }
        out.addAll(Completion.words(session));
        return out;
    }
}
