package dev.taipan.frontend.unparse;

import static dev.taipan.frontend.unparse.Precedence.*;

import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.BoolOperator;
import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.UnaryOperator;
import java.util.List;

/** Writes expressions as Python source, adding exactly the parentheses that operator precedence requires. */
final class ExprUnparser {
  /** Quote spellings tried for f-strings, in order of preference. */
  private static final String[] QUOTES = {"'", "\"", "\"\"\"", "'''"};

  private final StringBuilder out;
  /** Quote characters of the f-strings enclosing the current position: 3.11 forbids them inside replacement fields. */
  private final java.util.ArrayDeque<String> enclosingQuotes = new java.util.ArrayDeque<>();
  /** Set when a string inside a replacement field could not be written without a forbidden quote or backslash. */
  private boolean unwritable;

  ExprUnparser(StringBuilder out) {
    this.out = out;
  }

  void expr(Expr e, int ctx) {
    switch (e) {
      case Expr.NamedExpr n -> parens(ctx > NAMED_EXPR, () -> {
        expr(n.target(), ATOM);
        out.append(" := ");
        expr(n.value(), TEST);
      });
      case Expr.Tuple t -> {
        boolean parens = t.elts().isEmpty() || ctx > TUPLE;
        parens(parens, () -> {
          items(t.elts());
          if (t.elts().size() == 1) {
            out.append(',');
          }
        });
      }
      case Expr.Yield y -> parens(ctx != YIELD, () -> {
        out.append("yield");
        if (y.value() != null) {
          out.append(' ');
          expr(y.value(), TUPLE);
        }
      });
      case Expr.YieldFrom y -> parens(ctx != YIELD, () -> {
        out.append("yield from ");
        expr(y.value(), TEST);
      });
      case Expr.Lambda l -> parens(ctx > TEST, () -> {
        out.append("lambda");
        if (!isEmpty(l.args())) {
          out.append(' ');
          arguments(l.args(), false);
        }
        out.append(": ");
        expr(l.body(), TEST);
      });
      case Expr.IfExp i -> parens(ctx > TEST, () -> {
        expr(i.body(), TEST + 1);
        out.append(" if ");
        expr(i.test(), TEST + 1);
        out.append(" else ");
        expr(i.orelse(), TEST);
      });
      case Expr.BoolOp b -> {
        int p = b.op() == BoolOperator.And ? AND : OR;
        parens(ctx > p, () -> {
          String sep = b.op() == BoolOperator.And ? " and " : " or ";
          for (int i = 0; i < b.values().size(); i++) {
            if (i > 0) {
              out.append(sep);
            }
            expr(b.values().get(i), p + 1);
          }
        });
      }
      case Expr.UnaryOp u -> {
        int p = u.op() == UnaryOperator.Not ? NOT : FACTOR;
        parens(ctx > p, () -> {
          out.append(
              switch (u.op()) {
                case Not -> "not ";
                case Invert -> "~";
                case UAdd -> "+";
                case USub -> "-";
              });
          expr(u.operand(), p);
        });
      }
      case Expr.Compare c -> parens(ctx > CMP, () -> {
        expr(c.left(), CMP + 1);
        for (int i = 0; i < c.ops().size(); i++) {
          out.append(' ').append(cmp(c.ops().get(i))).append(' ');
          expr(c.comparators().get(i), CMP + 1);
        }
      });
      case Expr.BinOp b -> {
        int p = precedence(b.op());
        boolean rightAssoc = b.op() == Operator.Pow;
        parens(ctx > p, () -> {
          expr(b.left(), rightAssoc ? p + 1 : p);
          out.append(' ').append(symbol(b.op())).append(' ');
          expr(b.right(), rightAssoc ? p : p + 1);
        });
      }
      case Expr.Await a -> parens(ctx > AWAIT, () -> {
        out.append("await ");
        expr(a.value(), ATOM);
      });
      case Expr.Dict d -> {
        out.append('{');
        for (int i = 0; i < d.keys().size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          Expr k = d.keys().get(i);
          if (k == null) {
            out.append("**");
            expr(d.values().get(i), BOR);
          } else {
            expr(k, TEST);
            out.append(": ");
            expr(d.values().get(i), TEST);
          }
        }
        out.append('}');
      }
      case Expr.Set s -> {
        if (s.elts().isEmpty()) {
          out.append("{*()}");
        } else {
          out.append('{');
          items(s.elts());
          out.append('}');
        }
      }
      case Expr.List l -> {
        out.append('[');
        items(l.elts());
        out.append(']');
      }
      case Expr.ListComp l -> comprehension("[", l.elt(), null, l.generators(), "]");
      case Expr.SetComp s -> comprehension("{", s.elt(), null, s.generators(), "}");
      case Expr.DictComp d -> comprehension("{", d.key(), d.value(), d.generators(), "}");
      case Expr.GeneratorExp g -> comprehension("(", g.elt(), null, g.generators(), ")");
      case Expr.Call c -> {
        expr(c.func(), ATOM);
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
          first = comma(first);
          expr(a, TEST);
        }
        for (Keyword k : c.keywords()) {
          first = comma(first);
          keyword(k);
        }
        out.append(')');
      }
      case Expr.Constant c -> constant(c);
      case Expr.JoinedStr j -> joinedStr(j);
      case Expr.FormattedValue f -> joinedStr(new Expr.JoinedStr(List.of(f), f.span()));
      case Expr.Attribute a -> {
        expr(a.value(), ATOM);
        if (a.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue) {
          out.append(' ');
        }
        out.append('.').append(a.attr());
      }
      case Expr.Subscript s -> {
        expr(s.value(), ATOM);
        out.append('[');
        if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
          items(t.elts());
          if (t.elts().size() == 1) {
            out.append(',');
          }
        } else {
          expr(s.slice(), TEST);
        }
        out.append(']');
      }
      case Expr.Starred s -> {
        out.append('*');
        expr(s.value(), BOR);
      }
      case Expr.Name n -> out.append(n.id());
      case Expr.Slice s -> {
        if (s.lower() != null) {
          expr(s.lower(), TEST);
        }
        out.append(':');
        if (s.upper() != null) {
          expr(s.upper(), TEST);
        }
        if (s.step() != null) {
          out.append(':');
          expr(s.step(), TEST);
        }
      }
    }
  }

  private void parens(boolean needed, Runnable body) {
    if (needed) {
      out.append('(');
    }
    body.run();
    if (needed) {
      out.append(')');
    }
  }

  private boolean comma(boolean first) {
    if (!first) {
      out.append(", ");
    }
    return false;
  }

  private void items(List<Expr> elts) {
    boolean first = true;
    for (Expr e : elts) {
      first = comma(first);
      expr(e, TEST);
    }
  }

  void keyword(Keyword k) {
    if (k.arg() == null) {
      out.append("**");
      expr(k.value(), BOR);
    } else {
      out.append(k.arg()).append('=');
      expr(k.value(), TEST);
    }
  }

  private void comprehension(String open, Expr elt, Expr value, List<Comprehension> gens, String close) {
    out.append(open);
    expr(elt, TEST);
    if (value != null) {
      out.append(": ");
      expr(value, TEST);
    }
    for (Comprehension g : gens) {
      out.append(g.isAsync() != 0 ? " async for " : " for ");
      expr(g.target(), TUPLE);
      out.append(" in ");
      expr(g.iter(), OR);
      for (Expr cond : g.ifs()) {
        out.append(" if ");
        expr(cond, OR);
      }
    }
    out.append(close);
  }

  private static boolean isEmpty(Arguments a) {
    return a.posonlyargs().isEmpty()
        && a.args().isEmpty()
        && a.vararg() == null
        && a.kwonlyargs().isEmpty()
        && a.kwarg() == null;
  }

  /** Parameters, with defaults aligned to the last positional ones; annotations only for defs. */
  void arguments(Arguments a, boolean annotations) {
    boolean first = true;
    List<Arg> positional = new java.util.ArrayList<>(a.posonlyargs());
    positional.addAll(a.args());
    int firstDefault = positional.size() - a.defaults().size();
    for (int i = 0; i < positional.size(); i++) {
      first = comma(first);
      arg(positional.get(i), annotations);
      if (i >= firstDefault) {
        out.append(annotations && positional.get(i).annotation() != null ? " = " : "=");
        expr(a.defaults().get(i - firstDefault), TEST);
      }
      if (i == a.posonlyargs().size() - 1) {
        out.append(", /");
      }
    }
    if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
      first = comma(first);
      out.append('*');
      if (a.vararg() != null) {
        arg(a.vararg(), annotations);
      }
    }
    for (int i = 0; i < a.kwonlyargs().size(); i++) {
      first = comma(first);
      Arg k = a.kwonlyargs().get(i);
      arg(k, annotations);
      Expr d = a.kwDefaults().get(i);
      if (d != null) {
        out.append(annotations && k.annotation() != null ? " = " : "=");
        expr(d, TEST);
      }
    }
    if (a.kwarg() != null) {
      comma(first);
      out.append("**");
      arg(a.kwarg(), annotations);
    }
  }

  private void arg(Arg a, boolean annotations) {
    out.append(a.arg());
    if (annotations && a.annotation() != null) {
      out.append(": ");
      expr(a.annotation(), TEST);
    }
  }

  private void constant(Expr.Constant c) {
    if (c.value() instanceof ConstantValue.StrValue s) {
      if ("u".equals(c.kind())) {
        out.append('u');
      }
      if (enclosingQuotes.isEmpty()) {
        out.append(PythonLiterals.constant(s));
        return;
      }
      for (String q : QUOTES) {
        boolean fits =
            q.length() == 1
                ? s.value().indexOf(q.charAt(0)) < 0
                : !s.value().contains(q.substring(0, 1).repeat(3)) && !s.value().endsWith(q.substring(0, 1));
        if (fits && writableInField(s.value()) && allowedInside(q, q + s.value() + q)) {
          out.append(q).append(s.value()).append(q);
          return;
        }
      }
      unwritable = true;
      out.append(PythonLiterals.str(s.value(), '\''));
    } else if (c.value() instanceof ConstantValue.BytesValue b && !enclosingQuotes.isEmpty()) {
      for (String q : new String[] {"'", "\""}) {
        String body = PythonLiterals.bytesBody(b.bytes(), q.charAt(0));
        if (body.indexOf('\\') < 0 && allowedInside(q, "b" + q + body + q)) {
          out.append('b').append(q).append(body).append(q);
          return;
        }
      }
      unwritable = true;
      out.append(PythonLiterals.constant(b));
    } else {
      out.append(PythonLiterals.constant(c.value()));
    }
  }

  /**
   * Whether a literal quoted with {@code quote}, spelled {@code text}, may appear inside the enclosing
   * f-strings' replacement fields: it must not close any of them.
   */
  private boolean allowedInside(String quote, String text) {
    for (String e : enclosingQuotes) {
      if (e.length() == 1 ? quote.charAt(0) == e.charAt(0) || text.indexOf(e.charAt(0)) >= 0 : quote.equals(e) || text.contains(e)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the string needs no backslash escape (checked with a quote character it cannot contain). */
  private static boolean writableInField(String s) {
    return PythonLiterals.strBody(s, '\0').equals(s);
  }

  /**
   * Writes an f-string with the first quote that keeps every nested string writable, as 3.11's
   * tokenizer requires (a replacement field cannot hold the enclosing quote or a backslash).
   */
  private void joinedStr(Expr.JoinedStr j) {
    int mark = out.length();
    boolean outerUnwritable = unwritable;
    for (String q : QUOTES) {
      if (!allowedInside(q, q)) {
        continue;
      }
      unwritable = false;
      out.setLength(mark);
      out.append('f').append(q);
      enclosingQuotes.push(q);
      fstringBody(j.values(), q);
      enclosingQuotes.pop();
      out.append(q);
      if (!unwritable) {
        unwritable = outerUnwritable;
        return;
      }
    }
    unwritable = true;
  }

  private void fstringBody(List<Expr> values, String quote) {
    for (Expr v : values) {
      if (v instanceof Expr.Constant c && c.value() instanceof ConstantValue.StrValue s) {
        String body = PythonLiterals.strBody(s.value(), quote.charAt(0)).replace("{", "{{").replace("}", "}}");
        out.append(body);
      } else if (v instanceof Expr.FormattedValue f) {
        formattedValue(f, quote);
      } else {
        throw new IllegalArgumentException("unexpected f-string part: " + v);
      }
    }
  }

  private void formattedValue(Expr.FormattedValue f, String quote) {
    out.append('{');
    int mark = out.length();
    expr(f.value(), TEST + 1);
    if (out.length() > mark && out.charAt(mark) == '{') {
      out.insert(mark, ' ');
    }
    if (f.conversion() != -1) {
      out.append('!').append((char) f.conversion());
    }
    if (f.formatSpec() != null) {
      out.append(':');
      if (f.formatSpec() instanceof Expr.JoinedStr spec) {
        fstringBody(spec.values(), quote);
      } else {
        throw new IllegalArgumentException("unexpected format spec: " + f.formatSpec());
      }
    }
    out.append('}');
  }

  private static int precedence(Operator op) {
    return switch (op) {
      case BitOr -> BOR;
      case BitXor -> BXOR;
      case BitAnd -> BAND;
      case LShift, RShift -> SHIFT;
      case Add, Sub -> ARITH;
      case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
      case Pow -> POWER;
    };
  }

  static String symbol(Operator op) {
    return switch (op) {
      case Add -> "+";
      case Sub -> "-";
      case Mult -> "*";
      case MatMult -> "@";
      case Div -> "/";
      case Mod -> "%";
      case Pow -> "**";
      case LShift -> "<<";
      case RShift -> ">>";
      case BitOr -> "|";
      case BitXor -> "^";
      case BitAnd -> "&";
      case FloorDiv -> "//";
    };
  }

  private static String cmp(CmpOp op) {
    return switch (op) {
      case Eq -> "==";
      case NotEq -> "!=";
      case Lt -> "<";
      case LtE -> "<=";
      case Gt -> ">";
      case GtE -> ">=";
      case Is -> "is";
      case IsNot -> "is not";
      case In -> "in";
      case NotIn -> "not in";
    };
  }
}
