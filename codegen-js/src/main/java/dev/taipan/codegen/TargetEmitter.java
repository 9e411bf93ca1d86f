package dev.taipan.codegen;

import dev.taipan.frontend.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/** Translates assignment and deletion targets: names, attributes, subscripts and (nested, starred) unpacking. */
final class TargetEmitter {
  private final ModuleEmitter m;

  TargetEmitter(ModuleEmitter m) {
    this.m = m;
  }

  private String rt(String file, String name) {
    return m.imports.ref(file, name);
  }

  /**
   * A JS expression that stores `value` (JS code evaluated once) into `target`, marked with the
   * target's span, where CPython reports a failed store or unpacking.
   */
  String assign(Expr target, String value, Frame f) {
    String js = unmarkedAssign(target, value, f);
    return switch (target) {
      case Expr.Subscript s -> m.out.mark(subscriptMark(s), js);
      case Expr.Attribute a -> m.out.mark(a.span(), js);
      case Expr.Tuple t -> m.out.mark(t.span(), js);
      case Expr.List l -> m.out.mark(l.span(), js);
      default -> js;
    };
  }

  static JsPrinter.Mark subscriptMark(Expr.Subscript s) {
    return new JsPrinter.Mark(s.span(), JsPrinter.Anchor.SUBSCRIPT, s.value().span().endColOffset(), s.slice().span().endColOffset());
  }

  private String unmarkedAssign(Expr target, String value, Frame f) {
    return switch (target) {
      case Expr.Name n -> m.names.assignExpr(n.id(), value, f);
      case Expr.Attribute a when AttributeAccessors.inlineAt(f) -> m.accessors.inlineSet(m.mangle(a.attr(), f), m.expressions.emit(a.value(), f), value,
          f.attributeFacts().local(a, m, f), f);
      case Expr.Attribute a -> m.accessors.setter(m.mangle(a.attr(), f)) + "(" + m.expressions.emit(a.value(), f) + ", "
          + value + ")";
      case Expr.Subscript s when m.pairKeys.store(s, value, f) instanceof String pair -> pair;
      case Expr.Subscript s when m.numeric.storeSubscript(s, value, f) instanceof String fast -> fast;
      case Expr.Subscript s -> rt("internals/subscript.js", "setitem") + "(" + m.expressions.emit(s.value(), f) + ", "
          + m.expressions.emit(s.slice(), f) + ", " + value + ")";
      case Expr.Tuple t -> unpack(t.elts(), value, f);
      case Expr.List l -> unpack(l.elts(), value, f);
      case Expr.Starred s -> throw new UnsupportedConstructException(new UnsupportedConstruct("starred assignment target", s.span()));
      default -> throw new UnsupportedConstructException(new UnsupportedConstruct("this assignment target", target.span()));
    };
  }

  private String unpack(List<Expr> elts, String value, Frame f) {
    int star = -1;
    for (int i = 0; i < elts.size(); i++) {
      if (elts.get(i) instanceof Expr.Starred) {
        star = i;
      }
    }
    String t = m.temp(f);
    List<String> parts = new ArrayList<>();
    if (star < 0) {
      parts.add(t + " = " + rt("internals/iteration.js", "unpack") + "(" + value + ", " + elts.size() + ")");
    } else {
      parts.add(t + " = " + rt("internals/iteration.js", "unpackStar") + "(" + value + ", " + star + ", " + (elts.size() - star - 1) + ")");
    }
    for (int i = 0; i < elts.size(); i++) {
      Expr e = elts.get(i);
      Expr target = e instanceof Expr.Starred s ? s.value() : e;
      parts.add(assign(target, t + "[" + i + "]", f));
    }
    return "(" + String.join(", ", parts) + ")";
  }

  /** A JS expression deleting `target`, marked as {@link #assign} marks a store. */
  String delete(Expr target, Frame f) {
    String js = unmarkedDelete(target, f);
    return switch (target) {
      case Expr.Subscript s -> m.out.mark(subscriptMark(s), js);
      case Expr.Attribute a -> m.out.mark(a.span(), js);
      case Expr.Name n -> m.out.mark(n.span(), js);
      default -> js;
    };
  }

  private String unmarkedDelete(Expr target, Frame f) {
    return switch (target) {
      case Expr.Attribute a -> rt("internals/attribute.js", "delattr") + "(" + m.expressions.emit(a.value(), f) + ", "
          + JsNames.string(m.mangle(a.attr(), f)) + ")";
      case Expr.Subscript s -> rt("internals/subscript.js", "delitem") + "(" + m.expressions.emit(s.value(), f) + ", "
          + m.expressions.emit(s.slice(), f) + ")";
      case Expr.Name n when f.isClass() -> m.imports.ref("internals/names.js", "deleteClassName") + "(" + f.nsVar + ", " + JsNames.string(f.scope.mangle(n.id())) + ")";
      case Expr.Name n -> "(" + m.names.loadForDelete(n.id(), f) + ", " + m.names.assignExpr(n.id(), m.imports.ref("internals/names.js", "UNBOUND"), f) + ")";
      case Expr.Tuple t -> "(" + String.join(", ", t.elts().stream().map(e -> delete(e, f)).toList()) + ")";
      case Expr.List l -> "(" + String.join(", ", l.elts().stream().map(e -> delete(e, f)).toList()) + ")";
      default -> throw new UnsupportedConstructException(new UnsupportedConstruct("del of this target", target.span()));
    };
  }
}
