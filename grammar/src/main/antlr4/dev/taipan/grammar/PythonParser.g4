/*
 * Python 3.11 syntax (plus 3.12 type parameters and the `type` statement), written from the
 * Language Reference. The rules are kept close to LL(1) so that SLL prediction succeeds
 * almost always; checks that need the shape of a whole expression (assignment targets,
 * keyword argument names, parameter order) are done by the AST builder, which reports them
 * with CPython's messages.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }


file_input : ( NEWLINE | stmt )* EOF ;

/* Used to parse the replacement fields of f-strings, wrapped in parentheses. */
fstring_expr : testlist_star_expr NEWLINE? EOF ;

stmt : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE ;

simple_stmt
  : expr_stmt
  | type_alias
  | return_stmt
  | import_stmt
  | raise_stmt
  | PASS
  | del_stmt
  | assert_stmt
  | BREAK
  | CONTINUE
  | global_stmt
  | nonlocal_stmt
  ;

expr_stmt
  : testlist_star_expr
    ( annassign
    | augassign ( yield_expr | testlist_star_expr )
    | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
    )
  | yield_expr ( ASSIGN ( yield_expr | testlist_star_expr ) )*
  ;

annassign : COLON test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;

augassign
  : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
  | VBAREQUAL | CIRCUMFLEXEQUAL | LSHIFTEQUAL | RSHIFTEQUAL | POWEREQUAL | FLOORDIVEQUAL
  ;

type_alias : TYPE name type_params? ASSIGN test ;

return_stmt : RETURN testlist_star_expr? ;

raise_stmt : RAISE ( test ( FROM test )? )? ;

del_stmt : DEL exprlist ;

assert_stmt : ASSERT test ( COMMA test )? ;

global_stmt : GLOBAL name ( COMMA name )* ;

nonlocal_stmt : NONLOCAL name ( COMMA name )* ;

import_stmt : import_name | import_from ;

import_name : IMPORT dotted_as_name ( COMMA dotted_as_name )* ;

import_from
  : FROM ( ( DOT | ELLIPSIS )* dotted_name | ( DOT | ELLIPSIS )+ )
    IMPORT ( STAR | OPEN_PAREN import_as_names CLOSE_PAREN | import_as_names )
  ;

import_as_names : import_as_name ( COMMA import_as_name )* COMMA? ;

import_as_name : name ( AS name )? ;

dotted_as_name : dotted_name ( AS name )? ;

dotted_name : name ( DOT name )* ;

compound_stmt
  : if_stmt
  | while_stmt
  | for_stmt
  | try_stmt
  | with_stmt
  | funcdef
  | classdef
  | decorated
  | async_stmt
  | match_stmt
  ;

async_stmt : ASYNC ( funcdef | with_stmt | for_stmt ) ;

decorated : decorator+ ( classdef | funcdef | async_funcdef ) ;

decorator : AT namedexpr_test NEWLINE ;

async_funcdef : ASYNC funcdef ;

funcdef : DEF name type_params? OPEN_PAREN typedargslist? CLOSE_PAREN ( ARROW test )? COLON block ;

typedargslist : typedarg ( COMMA typedarg )* COMMA? ;

typedarg
  : name ( COLON test )? ( ASSIGN test )?
  | SLASH
  | STAR ( name ( COLON ( test | star_expr ) )? )?
  | POWER name ( COLON test )?
  ;

varargslist : vararg ( COMMA vararg )* COMMA? ;

vararg
  : name ( ASSIGN test )?
  | SLASH
  | STAR name?
  | POWER name
  ;

classdef : CLASS name type_params? ( OPEN_PAREN arglist? CLOSE_PAREN )? COLON block ;

type_params : OPEN_BRACK type_param ( COMMA type_param )* COMMA? CLOSE_BRACK ;

type_param
  : name ( COLON test )?
  | STAR name
  | POWER name
  ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

if_stmt : IF namedexpr_test COLON block elif_clause* else_clause? ;

elif_clause : ELIF namedexpr_test COLON block ;

else_clause : ELSE COLON block ;

while_stmt : WHILE namedexpr_test COLON block else_clause? ;

for_stmt : FOR exprlist IN testlist_star_expr COLON block else_clause? ;

try_stmt
  : TRY COLON block
    ( except_clause+ else_clause? finally_clause?
    | finally_clause
    )
  ;

except_clause : EXCEPT STAR? ( test ( AS name )? )? COLON block ;

finally_clause : FINALLY COLON block ;

with_stmt
  : WITH ( OPEN_PAREN with_item ( COMMA with_item )* COMMA? CLOSE_PAREN
         | with_item ( COMMA with_item )*
         ) COLON block
  ;

with_item : test ( AS expr )? ;

match_stmt : MATCH subject_expr COLON NEWLINE INDENT case_block+ DEDENT ;

subject_expr : star_or_named ( COMMA star_or_named )* COMMA? ;

case_block : CASE patterns ( IF namedexpr_test )? COLON block ;

patterns : maybe_star_pattern ( COMMA maybe_star_pattern )* COMMA? ;

maybe_star_pattern : star_pattern | pattern ;

star_pattern : STAR name ;

pattern : or_pattern ( AS name )? ;

or_pattern : closed_pattern ( VBAR closed_pattern )* ;

closed_pattern
  : literal_pattern
  | name_or_attr ( OPEN_PAREN class_pattern_args? CLOSE_PAREN )?
  | OPEN_PAREN patterns? CLOSE_PAREN
  | OPEN_BRACK patterns? CLOSE_BRACK
  | OPEN_BRACE mapping_items? CLOSE_BRACE
  ;

literal_pattern
  : signed_number ( ( PLUS | MINUS ) NUMBER )?
  | strings
  | NONE
  | TRUE
  | FALSE
  ;

signed_number : MINUS? NUMBER ;

name_or_attr : name ( DOT name )* ;

class_pattern_args : class_pattern_arg ( COMMA class_pattern_arg )* COMMA? ;

class_pattern_arg : name ASSIGN pattern | pattern ;

mapping_items : mapping_item ( COMMA mapping_item )* COMMA? ;

mapping_item
  : POWER name
  | ( literal_pattern | name_or_attr ) COLON pattern
  ;

/* Expressions, from the lowest binding power to the highest. */

namedexpr_test : test ( WALRUS test )? ;

test
  : or_test ( IF or_test ELSE test )?
  | lambdef
  ;

lambdef : LAMBDA varargslist? COLON test ;

or_test : and_test ( OR and_test )* ;

and_test : not_test ( AND not_test )* ;

not_test : NOT not_test | comparison ;

comparison : expr ( comp_op expr )* ;

comp_op
  : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL
  | IN | NOT IN | IS NOT?
  ;

star_expr : STAR expr ;

expr : xor_expr ( VBAR xor_expr )* ;

xor_expr : and_expr ( CIRCUMFLEX and_expr )* ;

and_expr : shift_expr ( AMPER shift_expr )* ;

shift_expr : arith_expr ( ( LSHIFT | RSHIFT ) arith_expr )* ;

arith_expr : term ( ( PLUS | MINUS ) term )* ;

term : factor ( ( STAR | AT | SLASH | PERCENT | FLOORDIV ) factor )* ;

factor : ( PLUS | MINUS | TILDE ) factor | power ;

power : AWAIT? atom trailer* ( POWER factor )? ;

atom
  : OPEN_PAREN ( yield_expr | testlist_comp )? CLOSE_PAREN
  | OPEN_BRACK testlist_comp? CLOSE_BRACK
  | OPEN_BRACE dictorsetmaker? CLOSE_BRACE
  | name
  | NUMBER
  | strings
  | ELLIPSIS
  | NONE
  | TRUE
  | FALSE
  ;

strings : STRING+ ;

name : NAME | MATCH | CASE | TYPE ;

star_or_named : namedexpr_test | star_expr ;

testlist_comp : star_or_named ( comp_for | ( COMMA star_or_named )* COMMA? ) ;

trailer
  : OPEN_PAREN arglist? CLOSE_PAREN
  | OPEN_BRACK subscriptlist CLOSE_BRACK
  | DOT name
  ;

subscriptlist : subscript ( COMMA subscript )* COMMA? ;

subscript
  : namedexpr_test ( COLON test? ( COLON test? )? )?
  | COLON test? ( COLON test? )?
  | star_expr
  ;

exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;

testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA? ;

dictorsetmaker
  : POWER expr dict_tail
  | star_expr set_tail
  | test ( COLON test dict_tail | ( WALRUS test )? set_tail )
  ;

dict_tail : comp_for | ( COMMA dict_entry )* COMMA? ;

set_tail : comp_for | ( COMMA star_or_named )* COMMA? ;

dict_entry : test COLON test | POWER expr ;

arglist : argument ( COMMA argument )* COMMA? ;

argument
  : test ( comp_for | WALRUS test | ASSIGN test )?
  | POWER test
  | STAR test
  ;

comp_for : ASYNC? FOR exprlist IN or_test comp_iter? ;

comp_iter : comp_for | comp_if ;

comp_if : IF or_test comp_iter? ;

yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
