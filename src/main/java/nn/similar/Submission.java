package nn.similar;

import java.util.List;
import nn.lang.source.SourceFile;

/**
 * One student's work: an id (the file or folder name), its readable source files in path order,
 * and their tokens in canonical order, concatenated ({@link Token#file()} indexes {@code files}).
 */
record Submission(String id, List<SourceFile> files, List<Token> tokens) {
    int[] codes() {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = tokens.get(i).code();
        return out;
    }
}
