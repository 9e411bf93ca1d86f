package dev.taipan.cli.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates legal but unusual Python programs: deep nesting, huge literals, long chains, and the
 * rarely used corners of the grammar, each a small program a user could plausibly write.
 */
final class UnusualPrograms {
  private UnusualPrograms() {}

  /** Fixed snippets of legal but rarely seen constructs (CPython 3.12 syntax included: the pipeline must refuse it cleanly). */
  static final List<String> CORNERS = List.of(
      "def f():\n    global g\n    g = 1\nf()\nprint(g)\n",
      "class C:\n    global h\n    h = 2\nprint(h)\n",
      "def f():\n    x = 1\n    def g():\n        global x\n        x = 3\n    g()\n    return x\nprint(f(), x)\n",
      "a, *b, c = range(5)\nprint(a, b, c)\n",
      "*a, = [1, 2]\nprint(a)\n",
      "[a, *b] = 'xyz'\nprint(a, b)\n",
      "(a, (b, *c)), d = (1, (2, 3, 4)), 5\nprint(a, b, c, d)\n",
      "for x, *y in [(1, 2, 3)]:\n    print(x, y)\n",
      "print([y := i * 2 for i in range(3)], y)\n",
      "print([(j := i) for i in range(2)] + [j])\n",
      "print({k: (t := k) for k in 'ab'}, t)\n",
      "if any((w := v) > 1 for v in [0, 2, 3]):\n    print(w)\n",
      "def deco(c):\n    c.tag = 1\n    return c\n@deco\nclass K:\n    pass\nprint(K.tag)\n",
      "@(lambda c: c)\nclass K:\n    pass\nprint(K)\n",
      "@[lambda f: f][0]\ndef f():\n    return 1\nprint(f())\n",
      "x = [1, 2, 3]\ndel x[0]\ndel x[:1]\nprint(x)\n",
      "d = {'a': 1, 'b': 2}\ndel d['a'], d['b']\nprint(d)\n",
      "class A:\n    pass\na = A()\na.z = 1\ndel a.z\nprint(hasattr(a, 'z'))\n",
      "x = y = 1\ndel (x, y)\n",
      "x = 1\ndel [x]\n",
      "def f():\n    v = 1\n    del v\n    return 2\nprint(f())\n",
      "try:\n    raise ExceptionGroup('g', [ValueError(1)])\nexcept* ValueError as e:\n    print('caught', repr(e))\n",
      "try:\n    pass\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    print('no error')\n",
      "type X = list[int]\nprint(X)\n",
      "type Pair[T] = tuple[T, T]\n",
      "def f[T](x: T) -> T:\n    return x\nprint(f(1))\n",
      "class Box[T]:\n    def get(self) -> T: ...\nprint(Box)\n",
      "def f[*Ts, **P](): pass\n",
      "print(f'{1:{2}}' f'{3!r:>{4}}')\n",
      "print(f'{\"nested\" + f\"{1 + 1}\"}')\n",
      "x = 1 if 2 else 3 if 4 else 5\nprint(x)\n",
      "print(not not not not 1)\n",
      "print(- - - - + ~ 1)\n",
      "print(2 ** -1 ** 2)\n",
      "print((yield_ := 1))\n",
      "lambda: (yield)\n",
      "def g():\n    x = yield from (yield)\n    return x\nprint(g)\n",
      "async def f():\n    async with a as b, c as d:\n        pass\n    async for i in x:\n        await i\n    return [j async for j in y]\nprint(f)\n",
      "match [1, 2]:\n    case [1, *rest] if rest:\n        print(rest)\n    case {'k': v, **kw}:\n        pass\n    case str() | bytes() as s:\n        pass\n    case _:\n        pass\n",
      "with (open('/dev/null') as a, open('/dev/null') as b):\n    pass\n",
      "print(__debug__)\nassert True, 'never'\n",
      "x: int\ny: 'str' = 'a'\n(z): int = 1\nprint(__annotations__)\n",
      "class C:\n    x: int = 1\n    def __init_subclass__(cls, **kw): super().__init_subclass__()\nclass D(C, metaclass=type): pass\n",
      "print(*[1], *(2,), **{}, sep='')\n",
      "print(1_000_000, 0x_ff, 0o_7, 0b_1, 1_0.0_1e1_0, 1j, 0.0j)\n",
      "print(b'\\x00' b'a', rb'\\n', Rb'x', BR'y')\n",
      "print('\\N{GREEK SMALL LETTER ALPHA}', '\\u00e9', '\\U0001F600')\n",
      "nonlocal_ok = 1\ndef o():\n    v = 1\n    def i():\n        nonlocal v\n        v += 1\n    i()\n    return v\nprint(o())\n",
      "import sys as s, math as m\nfrom math import (floor as fl,\n    ceil)\nprint(fl(1.5), ceil(1.5))\n",
      "from __future__ import annotations\ndef f(x: Undefined) -> AlsoUndefined: return x\nprint(f(1))\n",
      "if True: print(1); print(2);\n",
      "while 0: pass\nelse: print('else')\n",
      "for i in []: pass\nelse: print('for else')\n",
      "try: pass\nfinally: print('fin')\n",
      "class E(Exception): pass\ntry:\n    raise E from None\nexcept E as e:\n    print(type(e).__name__, e.__cause__)\n",
      "def f(a, /, b, *, c): return a + b + c\nprint(f(1, 2, c=3))\n",
      "def f(*, a=1, **k): return a, k\nprint(f(b=2))\n",
      "print(((((((((((((((((((((1)))))))))))))))))))))\n",
      "x = [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]\nprint(x)\n",
      "print(1 < 2 < 3 > 2 >= 2 <= 5 != 4 == 4 is not None in [True] not in [])\n",
      "print(''.join(chr(c) for c in range(0x1F600, 0x1F605)))\n",
      "é = 1\nπ = 2\n变量 = 3\nprint(é + π + 变量)\n",
      "print('\\t'.expandtabs())\n\tprint(1) if False else None\n",
      "def f():\n    return\n    yield\nprint(list(f()))\n",
      "class A:\n    def __class_getitem__(cls, k): return k\nprint(A[int])\n",
      "print(...)\nx = ...\nprint(x is Ellipsis)\n",
      "print(0 if [] else {} or () or set() or 'd')\n",
      "print(slice(1)[0:1] if False else [1, 2, 3][::-1][1:][:1])\n",
      "def f(): return __class__\n",
      "class C:\n    def f(self): return __class__\nprint(C().f())\n",
      "globals()['q'] = 1\nprint(q)\n",
      "print(eval('1 + 1'))\n",
      "__import__('math')\n",
      "raise SystemExit(3)\n",
      "raise KeyError('missing')\n",
      "import this_module_does_not_exist\n",
      "from . import sibling\n",
      "from .. import parent\n",
      "from os import *\nprint(sep)\n");

  /** One generated program from the seed: a nesting, a size or a chain pushed far. */
  static String generate(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(r.nextBoolean() ? 30 : 200);
    List<Function<Integer, String>> shapes = List.of(
        UnusualPrograms::nestedParens,
        UnusualPrograms::nestedIfs,
        UnusualPrograms::nestedFunctions,
        UnusualPrograms::nestedClasses,
        UnusualPrograms::nestedLambdas,
        UnusualPrograms::nestedComprehensions,
        UnusualPrograms::comparisonChain,
        UnusualPrograms::hugeInt,
        UnusualPrograms::longString,
        UnusualPrograms::longBinOp,
        UnusualPrograms::nestedLists,
        UnusualPrograms::manyDefs,
        UnusualPrograms::nestedTry,
        UnusualPrograms::nestedFStrings,
        UnusualPrograms::nestedWalrus,
        UnusualPrograms::deepAttributeChain,
        UnusualPrograms::beyondCompilerDepth);
    StringBuilder b = new StringBuilder();
    int parts = 1 + r.nextInt(3);
    for (int i = 0; i < parts; i++) {
      if (r.nextInt(3) == 0) {
        b.append(CORNERS.get(r.nextInt(CORNERS.size())));
      } else {
        b.append(shapes.get(r.nextInt(shapes.size())).apply(n));
      }
    }
    return b.toString();
  }

  static String nestedParens(int n) {
    return "print(" + "(".repeat(n) + "1" + ")".repeat(n) + ")\n";
  }

  static String nestedIfs(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(" ".repeat(i)).append("if ").append(i).append(" < ").append(n).append(":\n");
    }
    return b.append(" ".repeat(n)).append("print('deep', ").append(n).append(")\n").toString();
  }

  static String nestedFunctions(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("    ".repeat(i)).append("def f").append(i).append("(a").append(i).append("=").append(i).append("):\n");
    }
    b.append("    ".repeat(n)).append("return a0 + a").append(n - 1).append('\n');
    for (int i = n - 1; i >= 1; i--) {
      b.append("    ".repeat(i)).append("return f").append(i).append("()\n");
    }
    return b.append("print(f0())\n").toString();
  }

  static String nestedClasses(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("    ".repeat(i)).append("class C").append(i).append(":\n");
      b.append("    ".repeat(i + 1)).append("v").append(i).append(" = ").append(i).append('\n');
    }
    b.append("print(C0");
    for (int i = 1; i < n; i++) {
      b.append(".C").append(i);
    }
    return b.append(".v").append(n - 1).append(")\n").toString();
  }

  static String nestedLambdas(int n) {
    StringBuilder b = new StringBuilder("f = ");
    for (int i = 0; i < n; i++) {
      b.append("lambda x").append(i).append(": ");
    }
    b.append("x0\nprint(f");
    for (int i = 0; i < n; i++) {
      b.append("(").append(i).append(")");
    }
    return b.append(")\n").toString();
  }

  static String nestedComprehensions(int n) {
    int m = Math.min(n, 40);
    StringBuilder b = new StringBuilder("print(");
    for (int i = 0; i < m; i++) {
      b.append("[");
    }
    b.append("i0");
    for (int i = m - 1; i >= 0; i--) {
      b.append(" for i").append(i).append(" in ").append(i == 0 ? "[1]" : "[i" + (i - 1) + "]").append("]");
    }
    return b.append(")\n").toString();
  }

  static String comparisonChain(int n) {
    StringBuilder b = new StringBuilder("print(0");
    for (int i = 1; i <= n; i++) {
      b.append(i % 3 == 0 ? " <= " : " < ").append(i);
    }
    return b.append(")\n").toString();
  }

  static String hugeInt(int n) {
    return "x = " + "9".repeat(n * 20) + "\nprint(x % 1000, len(str(x)), 0x" + "f".repeat(n * 10) + " % 7, 1e" + (n * 10) + ")\n";
  }

  static String longString(int n) {
    return "s = '" + "ab\\n\\x00\\u00e9".repeat(n * 10) + "'\nprint(len(s))\n";
  }

  static String longBinOp(int n) {
    StringBuilder b = new StringBuilder("print(1");
    for (int i = 0; i < n * 5; i++) {
      b.append(" ").append("+-*|&^".charAt(i % 6)).append(" ").append(i % 7 + 1);
    }
    return b.append(")\n").toString();
  }

  static String nestedLists(int n) {
    return "x = " + "[".repeat(n) + "]".repeat(n) + "\nprint(len(x))\n";
  }

  static String manyDefs(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n * 3; i++) {
      b.append("def g").append(i).append("(): return ").append(i).append('\n');
    }
    return b.append("print(g0() + g").append(n * 3 - 1).append("())\n").toString();
  }

  static String nestedTry(int n) {
    int m = Math.min(n, 60);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < m; i++) {
      b.append("    ".repeat(i)).append("try:\n");
    }
    b.append("    ".repeat(m)).append("raise ValueError(").append(m).append(")\n");
    for (int i = m - 1; i >= 0; i--) {
      b.append("    ".repeat(i)).append(i % 2 == 0 ? "except ValueError as e:\n" : "finally:\n");
      b.append("    ".repeat(i + 1)).append(i % 2 == 0 ? "print('caught', e)\n" : "pass\n");
    }
    return b.toString();
  }

  static String nestedFStrings(int n) {
    String q = "\"'";
    int m = Math.min(n, 2);
    String inner = "1";
    for (int i = 0; i < m; i++) {
      char c = q.charAt(i % 2);
      inner = "f" + c + "{" + inner + "}" + c;
    }
    return "print(" + inner + ")\n";
  }

  static String nestedWalrus(int n) {
    StringBuilder b = new StringBuilder("print(");
    int m = Math.min(n, 100);
    for (int i = 0; i < m; i++) {
      b.append("(w").append(i).append(" := ");
    }
    b.append("1");
    b.append(")".repeat(m));
    return b.append(")\n").toString();
  }

  static String deepAttributeChain(int n) {
    return "class O:\n    def m(self): return self\n    v = 1\nprint(O()" + ".m()".repeat(n) + ".v)\n";
  }

  /** Nesting far past CPython's compiler limit (it raises RecursionError): one of several shapes. */
  static String beyondCompilerDepth(int n) {
    int depth = 1_000 + n * 40;
    return switch (n % 4) {
      case 0 -> "print(1" + " - 1".repeat(depth) + ")\n";
      case 1 -> "print(" + "not ".repeat(depth) + "1)\n";
      case 2 -> "x = 1\nprint(x" + ".real".repeat(depth) + ")\n";
      default -> "x = 1\nif x == 0: pass\n" + "elif x == 2: pass\n".repeat(depth / 4);
    };
  }
}
