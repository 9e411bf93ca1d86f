/*
 * Python 3.11 lexical analysis (plus the 3.12 soft keyword `type`), written from the
 * Language Reference, chapter 2. Layout (NEWLINE, INDENT, DEDENT) and bracket checks are
 * done by PythonLexerBase; f-strings are lexed as one STRING token and their replacement
 * fields are parsed by the AST builder.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT, ERROR_TOKEN }


// Hard keywords.
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Soft keywords: the parser also accepts them wherever a name is expected.
MATCH    : 'match';
CASE     : 'case';
TYPE     : 'type';

STRING
  : STRING_PREFIX? ( SHORT_STRING | LONG_STRING )
  ;

NUMBER
  : INTEGER
  | FLOAT_NUMBER
  | IMAG_NUMBER
  ;

// A triple quote that no closing triple quote follows (the STRING rule matches longer otherwise).
UNTERMINATED_LONG_STRING
  : STRING_PREFIX? ( '\'\'\'' | '"""' )
  ;

UNTERMINATED_SHORT_STRING
  : STRING_PREFIX? ( '\'' SHORT_ITEM_SQ* | '"' SHORT_ITEM_DQ* )
  ;

NAME : ID_START ID_CONTINUE* ;

NEWLINE : '\n' ;

LINE_CONTINUATION : '\\' '\n' ;

WS : [ \t\f]+ ;

COMMENT : '#' ~'\n'* ;

ELLIPSIS    : '...';
DOT         : '.';
OPEN_PAREN  : '(';
CLOSE_PAREN : ')';
OPEN_BRACK  : '[';
CLOSE_BRACK : ']';
OPEN_BRACE  : '{';
CLOSE_BRACE : '}';
COMMA       : ',';
COLON       : ':';
SEMI        : ';';
WALRUS      : ':=';
ARROW       : '->';
STAR        : '*';
POWER       : '**';
ASSIGN      : '=';
PLUS        : '+';
MINUS       : '-';
SLASH       : '/';
FLOORDIV    : '//';
PERCENT     : '%';
AT          : '@';
VBAR        : '|';
AMPER       : '&';
CIRCUMFLEX  : '^';
TILDE       : '~';
LSHIFT      : '<<';
RSHIFT      : '>>';
LESS        : '<';
GREATER     : '>';
EQEQUAL     : '==';
NOTEQUAL    : '!=';
LESSEQUAL   : '<=';
GREATEREQUAL: '>=';
PLUSEQUAL   : '+=';
MINEQUAL    : '-=';
STAREQUAL   : '*=';
SLASHEQUAL  : '/=';
FLOORDIVEQUAL : '//=';
PERCENTEQUAL: '%=';
ATEQUAL     : '@=';
AMPEREQUAL  : '&=';
VBAREQUAL   : '|=';
CIRCUMFLEXEQUAL : '^=';
LSHIFTEQUAL : '<<=';
RSHIFTEQUAL : '>>=';
POWEREQUAL  : '**=';

// Anything else: PythonLexerBase turns it into an ERROR_TOKEN with a message.
STRAY_CHAR : . ;

fragment STRING_PREFIX
  : [rRuUbBfF]
  | [bB] [rR]
  | [rR] [bB]
  | [fF] [rR]
  | [rR] [fF]
  ;

fragment SHORT_STRING
  : '\'' SHORT_ITEM_SQ* '\''
  | '"' SHORT_ITEM_DQ* '"'
  ;

fragment SHORT_ITEM_SQ : '\\' . | ~[\\\n'] ;
fragment SHORT_ITEM_DQ : '\\' . | ~[\\\n"] ;

fragment LONG_STRING
  : '\'\'\'' LONG_ITEM*? '\'\'\''
  | '"""' LONG_ITEM*? '"""'
  ;

fragment LONG_ITEM : '\\' . | ~'\\' ;

fragment INTEGER : DEC_INTEGER | BIN_INTEGER | OCT_INTEGER | HEX_INTEGER ;
fragment DEC_INTEGER : NONZERO_DIGIT ( '_'? DIGIT )* | '0'+ ( '_'? '0' )* ;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+ ;
fragment OCT_INTEGER : '0' [oO] ( '_'? [0-7] )+ ;
fragment HEX_INTEGER : '0' [xX] ( '_'? [0-9a-fA-F] )+ ;
fragment NONZERO_DIGIT : [1-9] ;
fragment DIGIT : [0-9] ;
fragment DIGIT_PART : DIGIT ( '_'? DIGIT )* ;

fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) [eE] [+-]? DIGIT_PART ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;

fragment ID_START : [a-zA-Z_] | [\p{XID_Start}] ;
fragment ID_CONTINUE : [a-zA-Z0-9_] | [\p{XID_Continue}] ;
