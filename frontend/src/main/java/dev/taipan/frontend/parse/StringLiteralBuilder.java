package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Span;
import dev.taipan.grammar.PythonParser;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Folds adjacent string literals into one Constant, or one JoinedStr when an f-string takes
 * part, with CPython 3.11's merging of literal parts and its positions for them.
 */
final class StringLiteralBuilder {
  private final ExpressionBuilder exprs;

  StringLiteralBuilder(ExpressionBuilder exprs) {
    this.exprs = exprs;
  }

  /** The prefix flags and quoted body of one STRING token. */
  record Literal(Token token, boolean raw, boolean bytes, boolean fstring, boolean unicode, int bodyStart, String body) {
    static Literal of(Token t) {
      String text = t.getText();
      int q = 0;
      while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
        q++;
      }
      String prefix = text.substring(0, q).toLowerCase(Locale.ROOT);
      int quoteLen = text.length() - q >= 6 && text.charAt(q + 1) == text.charAt(q) && text.charAt(q + 2) == text.charAt(q) ? 3 : 1;
      int start = q + quoteLen;
      return new Literal(t, prefix.contains("r"), prefix.contains("b"), prefix.contains("f"), text.substring(0, q).contains("u"),
          start, text.substring(start, text.length() - quoteLen));
    }
  }

  Expr build(PythonParser.StringsContext c) {
    Span span = exprs.pos.span(c);
    List<Literal> lits = new ArrayList<>(c.getChildCount());
    boolean anyBytes = false;
    boolean anyText = false;
    boolean anyF = false;
    for (ParseTree ch : c.children) {
      Literal l = Literal.of(((TerminalNode) ch).getSymbol());
      lits.add(l);
      anyBytes |= l.bytes;
      anyText |= !l.bytes;
      anyF |= l.fstring;
    }
    if (anyBytes && anyText) {
      throw new SyntaxErrorException("cannot mix bytes and nonbytes literals", span);
    }
    String kind = lits.get(0).unicode ? "u" : null;
    try {
      if (anyBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Literal l : lits) {
          out.writeBytes(StringEscapes.decodeBytes(l.body, l.raw));
        }
        return new Expr.Constant(new ConstantValue.BytesValue(out.toByteArray()), null, span);
      }
      if (!anyF) {
        if (lits.size() == 1) {
          Literal l = lits.get(0);
          return new Expr.Constant(new ConstantValue.StrValue(l.raw ? l.body : StringEscapes.decodeStr(l.body)), kind, span);
        }
        StringBuilder sb = new StringBuilder();
        for (Literal l : lits) {
          sb.append(l.raw ? l.body : StringEscapes.decodeStr(l.body));
        }
        return new Expr.Constant(new ConstantValue.StrValue(sb.toString()), kind, span);
      }
    } catch (StringEscapes.EscapeException e) {
      throw new SyntaxErrorException(e.getMessage(), span);
    }
    FStringParser parts = new FStringParser(exprs, span, kind);
    for (Literal l : lits) {
      if (l.fstring) {
        parts.parse(l);
      } else {
        try {
          parts.literal(l.raw ? l.body : StringEscapes.decodeStr(l.body));
        } catch (StringEscapes.EscapeException e) {
          throw new SyntaxErrorException(e.getMessage(), span);
        }
      }
    }
    return new Expr.JoinedStr(parts.finish(), span);
  }
}
