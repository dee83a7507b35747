grammar NN;
program : EOF ;
WS : [ \t\r\n]+ -> skip ;
