package dev.taipan.compiler.optimize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which names a program reaches, and which programs can reach any name. */
class ReachableNamesTest {
  private static ReachableNames of(String source) {
    return ReachableNames.of(List.of(((ParseResult.Success) SourceParser.parse("t.py", source)).module()));
  }

  private static void reachesOnly(String source, String reached, String notReached) {
    ReachableNames r = of(source);
    assertFalse(r.all(), source);
    assertTrue(r.reaches(reached), source + " reaches " + reached);
    assertFalse(r.reaches(notReached), source + " does not reach " + notReached);
  }

  @Test
  void spelledNamesAndWordsOfConstants() {
    reachesOnly("print('abc'.upper())\n", "upper", "lower");
    reachesOnly("print(getattr('abc', 'zfill')(3))\n", "zfill", "upper");
    reachesOnly("print(hasattr(3, 'bit_count'))\n", "bit_count", "bit_length");
    reachesOnly("print(getattr('abc', 'up' 'per')())\n", "upper", "lower");
    reachesOnly("print(getattr('abc', 'up\\x70er')())\n", "upper", "lower");
    reachesOnly("print('{0.real} {1.imag}'.format(1, 2))\n", "imag", "numerator");
    reachesOnly("import collections\nP = collections.namedtuple('P', 'count index')\n", "index", "upper");
    reachesOnly("match 3:\n    case int(real=r):\n        print(r)\n", "real", "imag");
    reachesOnly("def f(x, *, split=1):\n    return x\n", "split", "rsplit");
    reachesOnly("print(b'a hex b'.decode())\n", "hex", "fromhex");
  }

  @Test
  void dunderNamesAreAlwaysReached() {
    assertTrue(of("print(1)\n").reaches("__format__"));
    assertFalse(of("print(1)\n").reaches("__x"));
  }

  @Test
  void namesBuiltOrListedAtRunTimeReachEverything() {
    for (String source : List.of(
        "print(getattr('abc', n)())\n",
        "print(hasattr('abc', 'up' + 'per'))\n",
        "setattr(o, name, 1)\n",
        "delattr(o, *names)\n",
        "g = getattr\n",
        "print(list(map(hasattr, xs, ys)))\n",
        "import builtins\nprint(builtins.getattr('a', n))\n",
        "print(getattr(mod, 'getattr'))\n",
        "print(dir(''))\n",
        "print(vars(int))\n",
        "print(str.__dict__)\n",
        "print(object.__getattribute__('a', n))\n",
        "print(fmt.format(1))\n",
        "print(str.format('{0.real}', 1))\n",
        "f = getattr('{0.real}', 'format')\n",
        "print('{x.real}'.format_map({'x': 1}))\n",
        "import operator\nprint(operator.methodcaller(n)('a'))\n",
        "from operator import attrgetter\nprint(attrgetter(n)(1))\n",
        "print(eval(src))\n",
        "import inspect\n")) {
      assertTrue(of(source).all(), source);
    }
  }

  @Test
  void constantNamesKeepPruningOn() {
    assertFalse(of("import operator\nprint(operator.methodcaller('zfill', 5)('1'))\n").all());
    assertFalse(of("from operator import attrgetter\nprint(attrgetter('real', 'imag')(1))\n").all());
    assertFalse(of("print(getattr('a', 'upper', None))\n").all());
  }
}
