package dev.taipan.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.taipan.frontend.diag.Diagnostic;
import dev.taipan.frontend.diag.DiagnosticRenderer;
import dev.taipan.frontend.dump.AstDump;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tricky parses, each checked against the dump CPython 3.11 prints for the same source. */
class SourceParserTest {
  /** Read with the 3.12 grammar, a superset, so that the type parameter rows can be dumped too. */
  private static String dump(String source, boolean attributes) {
    ParseResult r = SourceParser.parse("t.py", source.getBytes(StandardCharsets.UTF_8), LanguageVersion.PYTHON_3_12);
    if (r instanceof ParseResult.Failure f) {
      throw new AssertionError(f.diagnostic().headline());
    }
    String d = AstDump.dump(((ParseResult.Success) r).module(), attributes);
    return d.substring("Module(body=[".length(), d.length() - "], type_ignores=[])".length());
  }

  private static Diagnostic error(String source) {
    ParseResult r = SourceParser.parse("t.py", source.getBytes(StandardCharsets.UTF_8));
    return assertInstanceOf(ParseResult.Failure.class, r).diagnostic();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      f'{x!r:>{w}}'          | Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))
      f'{x=}'                | Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))
      f'{x = :>3}'           | Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3')]))]))
      'a' f'{{b}}' u'c'      | Expr(value=JoinedStr(values=[Constant(value='a{b}c')]))
      u'a' 'b'               | Expr(value=Constant(value='ab', kind='u'))
      b'\\x41' rb'\\x'       | Expr(value=Constant(value=b'A\\\\x'))
      '\\N{BULLET}\\101\\u00e9' | Expr(value=Constant(value='•Aé'))
      '\\N{CJK UNIFIED IDEOGRAPH-6574}\\N{HANGUL SYLLABLE GAG}\\N{LINE FEED}' | Expr(value=Constant(value='整각\\n'))
      "it's"                 | Expr(value=Constant(value="it's"))
      1_000 + 0x_ff + 0o17 + 0b1 | Expr(value=BinOp(left=BinOp(left=BinOp(left=Constant(value=1000), op=Add(), right=Constant(value=255)), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=1)))
      1e16, 1e-05, 1e999, 2j, 0.1, 123456789012345678901234567890 | Expr(value=Tuple(elts=[Constant(value=1e+16), Constant(value=1e-05), Constant(value=inf), Constant(value=2j), Constant(value=0.1), Constant(value=123456789012345678901234567890)], ctx=Load()))
      a, *b = c              | Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))
      (a): int = 1           | AnnAssign(target=Name(id='a', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)
      from ..a import (b as c,) | ImportFrom(module='a', names=[alias(name='b', asname='c')], level=2)
      del a[0], b.c          | Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])
      x[1:2, ::3]            | Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))
      match = 1              | Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))
      type X[T] = list[T]    | TypeAlias(name=Name(id='X', ctx=Store()), type_params=[TypeVar(name='T')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))
      `def f[T: int, *Ts, **P](): pass` | FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])
      class C[T]: pass       | ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')])
      lambda a, /, b=1, *c, d, **e: 0 | Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), defaults=[Constant(value=1)]), body=Constant(value=0)))
      """)
  void dumpsAsCPython(String source, String expected) {
    assertEquals(expected, dump(source, false));
  }

  @Test
  void matchStatementPatterns() {
    String src = "match p:\n    case [1, *rest] | {'k': _, **kw} if rest:\n        pass\n    case Point(x=0) as q:\n        pass\n";
    assertEquals("Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=["
        + "MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), "
        + "MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs()], rest='kw')]), guard=Name(id='rest', ctx=Load()), "
        + "body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], "
        + "kwd_attrs=['x'], kwd_patterns=[MatchValue(value=Constant(value=0))]), name='q'), body=[Pass()])])", dump(src, false));
  }

  @Test
  void positionsCountUtf8Bytes() {
    assertEquals("Expr(value=BinOp(left=Constant(value='é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), op=Add(), "
        + "right=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, "
        + "end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)", dump("'é' + x", true));
  }

  @Test
  void fStringFieldsArePlacedInTheFile() {
    assertEquals("Expr(value=JoinedStr(values=[Constant(value='é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), "
        + "FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, "
        + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), "
        + "lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)", dump("f\"é{x}\"", true));
  }

  /** Lines and messages are CPython's; columns are CPython's except for the unindent error (CPython points past the token). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      x = (1,\\n          | 1 | 5 | '(' was never closed
      if x:\\npass\\n     | 2 | 1 | expected an indented block after 'if' statement on line 1
      if x:\\n  a\\n b\\n | 3 | 2 | unindent does not match any outer indentation level
      \\n\\n  x           | 3 | 3 | unexpected indent
      s = 'abc\\n         | 1 | 5 | unterminated string literal (detected at line 1)
      s = '''abc\\n\\ny\\n | 1 | 5 | unterminated triple-quoted string literal (detected at line 3)
      f(**a, *b)          | 1 | 8 | iterable argument unpacking follows keyword argument unpacking
      x = 1 +\\n          | 1 | 8 | invalid syntax
      f() = 1             | 1 | 1 | cannot assign to function call here. Maybe you meant '==' instead of '='?
      if x\\n  pass\\n    | 1 | 5 | expected ':'
      a = €               | 1 | 5 | invalid character '€' (U+20AC)
      if 1:\\n\\tx\\n        y\\n | 3 | 9 | inconsistent use of tabs and spaces in indentation
      """)
  void syntaxErrorsAtCPythonsPlace(String source, int line, int column, String message) {
    Diagnostic d = error(source.replace("\\n", "\n").replace("\\t", "\t"));
    assertEquals(message, d.message());
    assertEquals(line, d.line());
    assertEquals(column, d.column());
  }

  @Test
  void renderedWithSourceLineAndCaret() {
    Diagnostic d = error("x = 1\ny = (2 +\n");
    assertEquals("t.py:2:5: SyntaxError: '(' was never closed\n    y = (2 +\n        ^\n",
        DiagnosticRenderer.render(d, n -> new String[] {"x = 1", "y = (2 +"}[n - 1]));
  }

  @Test
  void renderedWithTildesUnderTheSpan() {
    Diagnostic d = error("f() = 1\n");
    assertEquals("t.py:1:1: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"
        + "    f() = 1\n    ^~~\n", DiagnosticRenderer.render(d, n -> "f() = 1"));
  }

  @Test
  void decodesLatin1Cookie() {
    byte[] src = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
    ParseResult r = SourceParser.parse("t.py", src);
    assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='é'))], type_ignores=[])",
        AstDump.dump(assertInstanceOf(ParseResult.Success.class, r).module(), false));
  }

  @Test
  void invalidUtf8AndNulBytesAreCleanErrors() {
    assertEquals(2, assertInstanceOf(ParseResult.Failure.class,
        SourceParser.parse("t.py", new byte[] {'x', '=', '1', '\n', (byte) 0xff, '\n'})).diagnostic().line());
    assertInstanceOf(ParseResult.Failure.class, SourceParser.parse("t.py", new byte[] {'x', 0}));
  }

  @Test
  void deepNestingEndsCleanly() {
    Diagnostic d = error("(".repeat(10_000) + ")".repeat(10_000));
    assertEquals("too many nested parentheses", d.message());
    StringBuilder sum = new StringBuilder("x = 1");
    sum.append("+1".repeat(99_999));
    ParseResult.Success big = assertInstanceOf(ParseResult.Success.class,
        SourceParser.parse("t.py", sum.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(true, AstDump.dump(big.module(), false).endsWith("op=Add(), right=Constant(value=1)))], type_ignores=[])"));
    ParseResult deep = SourceParser.parse("t.py", ("-".repeat(200_000) + "1").getBytes(StandardCharsets.UTF_8));
    if (deep instanceof ParseResult.Failure f) {
      assertEquals(1, f.diagnostic().line());
    }
  }
}
