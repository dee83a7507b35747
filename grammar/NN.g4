// The nn language. No embedded actions: AstBuilder (nn.lang.syntax) turns the parse tree into the AST.
// Newlines end statements; the token source drops them inside ( ) and [ ] (see NewlineFilter).
grammar NN;

program : sep* (stmt (sep+ stmt)*)? sep* EOF ;
sep     : NL | ';' ;
block   : '{' sep* (stmt (sep+ stmt)*)? sep* '}' ;

stmt
    : 'print' (expr (',' expr)*)?                                   # printStmt
    | 'show' expr                                                   # showStmt
    | 'if' expr block (NL* 'else' (ifElse=stmt | elseBlock=block))?  # ifStmt
    | 'for' name (',' name)? 'in' expr ('..' expr)? block           # forStmt
    | 'while' expr block                                            # whileStmt
    | 'fn' name '(' (name (',' name)*)? ')' block                   # fnStmt
    | 'return' expr?                                                # returnStmt
    | 'break'                                                       # breakStmt
    | 'continue'                                                    # continueStmt
    | 'precision' expr                                              # precisionStmt
    | DTYPE name                                                    # dtypeStmt
    | SEED expr                                                     # seedStmt
    | 'trace' (ON | OFF)                                            # traceSwitchStmt
    | 'trace' expr                                                  # traceExprStmt
    | 'backward' expr                                               # backwardStmt
    | STEP expr expr                                                # stepStmt
    | 'explain' expr                                                # explainStmt
    | 'gradcheck' expr                                              # gradcheckStmt
    | GRAPH expr TO expr                                            # graphStmt
    | 'network' name '{' sep* (layerDecl (sep+ layerDecl)*)? sep* '}' # networkBlockStmt
    | 'network' name '=' expr ('->' expr)+ (DTYPE name)?            # networkChainStmt
    | 'unit' name '=' expr                                          # unitStmt
    | PERCEPTRON name '(' args? ')'                                 # perceptronStmt
    | 'gate' name '(' name (',' name)* ')' '=' formula              # gateStmt
    | 'dataset' name '=' expr                                       # datasetStmt
    | 'truthtable' expr                                             # truthtableStmt
    | plotSpec                                                      # plotStmt
    | 'save' expr TO expr                                           # saveStmt
    | EXPORT expr TO expr                                           # exportStmt
    | 'assert' expr (',' expr)?                                     # assertStmt
    | 'expect' expr (',' expr)?                                     # expectStmt
    | expr (',' expr)+ '=' expr                                     # multiAssignStmt
    | expr '=' expr                                                 # assignStmt
    | expr                                                          # exprStmt
    | ASSIGNMENT STRING ('{' sep* (setting (sep+ setting)*)? sep* '}')? # assignmentStmt
    | HIDDEN_? TEST STRING word* block                               # testStmt
    | SCORE expr                                                    # scoreStmt
    ;

// Grading (nn grade): an assignment's settings and a test's header are words that AstBuilder reads
// (timeout 60s, late penalty 10% per day, points 2 partial visible after due), so each can say what it expects.
setting : name word* ;
word    : '-'? NUMBER | STRING | name | UNEXPECTED ;   // UNEXPECTED: the % of a late penalty

layerDecl
    : INPUT expr                                                    # inputLayer
    | DENSE expr name? layerOption*                                 # denseLayer
    | DROPOUT expr                                                  # dropoutLayer
    | DTYPE name                                                    # dtypeLine
    ;
layerOption
    : WEIGHTS expr                                                  # weightsOption
    | BIAS expr                                                     # biasOption
    | NOBIAS                                                        # nobiasOption
    | AS name                                                       # nameOption
    | INIT expr                                                     # initOption
    ;

point : '(' expr ',' expr ')' ;

// plot KIND SUBJECT [on DATA] [from A to B] [every N epochs] [limit 25] [shape = (28, 28)] [to "file.png"];
// option words are ordinary names (limit, shape), so they stay usable as variables.
plotSpec : PLOT plotKind=name expr (ON expr)? (FROM bound TO bound)? plotOption* (TO file=expr)? ;
bound    : point | expr ;
plotOption
    : EVERY expr EPOCHS                                             # everyPlotOption
    | ID '='? (point | expr)                                        # namedPlotOption
    ;

trainSpec
    : WITH expr EPOCHS expr                                         # ruleTraining
    | '{' sep* (trainOption (sep+ trainOption)*)? sep* '}'          # blockTraining
    ;
trainOption
    : LOSS name                                                     # lossOption
    | OPTIMIZER expr                                                # optimizerOption
    | EPOCHS expr                                                   # epochsOption
    | BATCH FULL                                                    # fullBatchOption
    | BATCH expr                                                    # batchOption
    | SHUFFLE SEED expr                                             # shuffleOption
    | SHUFFLE OFF                                                   # noShuffleOption
    | REPORT EVERY expr                                             # reportOption
    | STOP WHEN monitor=name STOPS IMPROVING 'for' expr unit=name    # patienceOption
    | STOP WHEN expr                                                # stopOption
    | plotSpec                                                      # watchOption
    | VALIDATE ON expr                                              # validateOnOption
    | VALIDATE SPLIT expr (SEED expr)?                              # validateSplitOption
    | KEEP BEST                                                     # keepBestOption
    | CLIP expr                                                     # clipOption
    | DTYPE name                                                    # dtypeOption
    ;

// Boolean formulas for gates and truthtable(n, formula): ! binds tightest, then &, then ^, then |.
formula
    : '(' formula ')'                                               # parenFormula
    | '!' formula                                                   # notFormula
    | formula '&' formula                                           # andFormula
    | formula '^' formula                                           # xorFormula
    | formula '|' formula                                           # orFormula
    | name                                                          # varFormula
    | NUMBER                                                        # constFormula
    ;

expr
    : expr '(' args? ')'                                            # callExpr
    | expr '[' index (',' index)? ']'                               # indexExpr
    | expr '.' name                                                 # memberExpr
    | <assoc=right> expr '^' expr                                   # powExpr
    | op=('-' | '+') expr                                           # unaryExpr
    | expr op=('*' | '/' | '@') expr                                # mulExpr
    | expr op=('+' | '-') expr                                      # addExpr
    | expr op=('<' | '<=' | '>' | '>=' | '==' | '!=') expr          # compareExpr
    | expr '~=' expr (WITHIN expr)?                                 # approxExpr
    | 'not' expr                                                    # notExpr
    | expr 'and' expr                                               # andExpr
    | expr 'or' expr                                                # orExpr
    | NUMBER                                                        # numberExpr
    | STRING                                                        # stringExpr
    | FSTRING                                                       # fstringExpr
    | ('true' | 'false')                                            # boolExpr
    | 'truthtable' '(' expr (',' formula)? ')'                      # truthtableExpr
    | 'train' name ON expr trainSpec                                # trainExpr
    | '[' (expr (',' expr)* ','?)? ']'                              # matrixExpr
    | '{' sep* (example (sep+ example)*)? sep* '}'                  # datasetExpr
    | '(' expr ')'                                                  # parenExpr
    | name                                                          # nameExpr
    ;

example : expr '->' expr ;
// A slice start:stop:step (each part optional, as in Python) or one index.
index   : start=expr? ':' stop=expr? (':' step=expr?)?                 # sliceIndex
        | expr                                                       # oneIndex
        ;
args    : arg (',' arg)* ;
arg     : (name '=')? expr ;

// Words that are keywords only where the grammar expects them; elsewhere they are ordinary names.
name
    : ID | SEED | STEP | GRAPH | ON | OFF | TO | WITH | EPOCHS | LOSS | OPTIMIZER | BATCH | FULL
    | SHUFFLE | REPORT | EVERY | STOP | WHEN | INPUT | DENSE | WEIGHTS | BIAS | NOBIAS | AS | PLOT
    | FROM | WITHIN | PERCEPTRON | ASSIGNMENT | TEST | HIDDEN_ | SCORE | EXPORT
    | DROPOUT | INIT | STOPS | IMPROVING | VALIDATE | SPLIT | KEEP | BEST | CLIP | DTYPE
    ;

SEED      : 'seed' ;
DTYPE     : 'dtype' ;
STEP      : 'step' ;
GRAPH     : 'graph' ;
ON        : 'on' ;
OFF       : 'off' ;
TO        : 'to' ;
WITH      : 'with' ;
EPOCHS    : 'epochs' ;
LOSS      : 'loss' ;
OPTIMIZER : 'optimizer' ;
BATCH     : 'batch' ;
FULL      : 'full' ;
SHUFFLE   : 'shuffle' ;
REPORT    : 'report' ;
EVERY     : 'every' ;
STOP      : 'stop' ;
WHEN      : 'when' ;
INPUT     : 'input' ;
DENSE     : 'dense' ;
WEIGHTS   : 'weights' ;
BIAS      : 'bias' ;
NOBIAS    : 'nobias' ;
AS        : 'as' ;
PLOT      : 'plot' ;
FROM      : 'from' ;
WITHIN    : 'within' ;
PERCEPTRON : 'perceptron' ;
ASSIGNMENT : 'assignment' ;
TEST       : 'test' ;
HIDDEN_    : 'hidden' ;
SCORE      : 'score' ;
EXPORT    : 'export' ;
DROPOUT   : 'dropout' ;
INIT      : 'init' ;
STOPS     : 'stops' ;
IMPROVING : 'improving' ;
VALIDATE  : 'validate' ;
SPLIT     : 'split' ;
KEEP      : 'keep' ;
BEST      : 'best' ;
CLIP      : 'clip' ;

NUMBER  : DIGITS ('.' DIGITS)? EXPONENT? | '.' DIGITS EXPONENT? ;
fragment DIGITS   : [0-9] ('_'? [0-9])* ;
fragment EXPONENT : [eE] [+-]? [0-9]+ ;
STRING  : '"' (~["\\\r\n] | '\\' .)* '"' ;
// f"loss = {E:.4f}": the holes are parsed by AstBuilder (FormattedStrings), so the lexer sees one token.
FSTRING : 'f"' (~["\\\r\n] | '\\' .)* '"' ;
// A string missing its closing quote: a token of its own so the error can say so.
OPEN_STRING : [f]? '"' (~["\\\r\n] | '\\' .)* ;
ID      : [\p{L}_] [\p{L}\p{N}_]* ;
NL      : '\r'? '\n' | '\r' ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS      : [ \t\f]+ -> channel(HIDDEN) ;
// Anything else becomes one token the parser rejects with a positioned message.
UNEXPECTED : . ;
