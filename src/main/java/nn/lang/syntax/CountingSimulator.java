package nn.lang.syntax;

import java.util.Set;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * ANTLR's prediction, with each step of its closure counted as work on the token stream: full-context
 * prediction walks the whole stack of open rules for one token (a chain of 5,000 '^' is 5,000 rules
 * deep), so counting tokens read alone would miss where the time goes.
 */
final class CountingSimulator extends ParserATNSimulator {
    private final BoundedTokens work;

    CountingSimulator(Parser parser, ParserATNSimulator shared, BoundedTokens work) {
        super(parser, parser.getATN(), shared.decisionToDFA, shared.getSharedContextCache());
        this.work = work;
    }

    @Override
    protected void closureCheckingStopState(ATNConfig config, ATNConfigSet configs, Set<ATNConfig> closureBusy,
            boolean collectPredicates, boolean fullCtx, int depth, boolean treatEofAsEpsilon) {
        work.tick();
        super.closureCheckingStopState(config, configs, closureBusy, collectPredicates, fullCtx, depth, treatEofAsEpsilon);
    }
}
