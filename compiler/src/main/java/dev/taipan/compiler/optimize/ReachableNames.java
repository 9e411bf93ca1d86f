package dev.taipan.compiler.optimize;

import dev.taipan.compiler.route.AstWalk;
import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribute names a program can reach, read from the Python ASTs of all its compiled
 * modules (the user's and the transpiled standard-library ones): every identifier the source
 * spells (attribute, variable, keyword, import and pattern names) and every identifier-like word
 * inside its str and bytes constants. When the program can build an attribute name at run
 * time, or list a type's names ({@code getattr} with a name that is not a constant, {@code dir},
 * {@code vars}, {@code __dict__}, {@code eval}, ...), no set of names is safe: {@link #all()}.
 */
public record ReachableNames(boolean all, Set<String> names) {
  /** Every name may be reached: nothing may be pruned. */
  public static final ReachableNames ALL = new ReachableNames(true, Set.of());

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Builtins that take an attribute name: safe only when called directly with a constant str name. */
  private static final Set<String> NAME_TAKING = Set.of("getattr", "hasattr", "setattr", "delattr");

  /**
   * Builtins that reach names the program does not spell: any identifier or constant spelling
   * them turns pruning off (as an attribute, only through {@code builtins}, which does too).
   */
  private static final Set<String> REFLECTIVE = Set.of(
      "dir", "vars", "eval", "exec", "compile", "__import__", "help", "breakpoint");

  /** Spelled anywhere at all (attribute, variable, import, keyword, string), these list or reach a type's names. */
  private static final Set<String> LISTING = Set.of(
      "__dict__", "__getattribute__", "__dir__", "inspect", "format_map", "getattr_static", "mappingproxy",
      "importlib", "pydoc", "builtins", "__builtins__");

  /** operator's name-taking factories: safe only when every name argument is a constant str. */
  private static final Set<String> NAME_FACTORIES = Set.of("attrgetter", "methodcaller");

  /** The names reached by the modules whose ASTs are {@code modules}. */
  public static ReachableNames of(List<?> modules) {
    Set<String> names = new TreeSet<>();
    // Name and Attribute nodes that are the callee of a call whose name arguments are constants.
    Set<Object> constantCallees = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean[] all = {false};
    for (Object module : modules) {
      AstWalk.preorder(module, node -> {
        if (node instanceof Expr.Call c) {
          String callee = calleeName(c.func());
          if (callee != null && constantNameArguments(callee, c)) {
            constantCallees.add(c.func());
          }
        }
      });
    }
    for (Object module : modules) {
      AstWalk.preorder(module, node -> {
        switch (node) {
          case ConstantValue.StrValue v -> {
            addWords(v.value(), names, all);
            // getattr(builtins, 'dir'), getattr(s, 'format'): a constant naming a reflective builtin.
            if (isReflective(v.value()) || v.value().equals("format")) {
              all[0] = true;
            }
          }
          case ConstantValue.BytesValue b -> addWords(new String(b.bytes(), StandardCharsets.ISO_8859_1), names, all);
          case Expr.Attribute a -> {
            addWords(a.attr(), names, all);
            if ((NAME_TAKING.contains(a.attr()) || NAME_FACTORIES.contains(a.attr())) && !constantCallees.contains(a)) {
              all[0] = true;
            }
            // str.format reads the attributes its fields name: only a constant format string is known.
            if (a.attr().equals("format") && !isStrConstant(a.value())) {
              all[0] = true;
            }
          }
          // `from operator import attrgetter` binds the name its calls are checked under.
          case Alias a when a.asname() == null && NAME_FACTORIES.contains(a.name()) -> addWords(a.name(), names, all);
          default -> {
            for (String s : identifiers(node)) {
              addWords(s, names, all);
              if (isReflective(s) && !constantCallees.contains(node)) {
                all[0] = true;
              }
            }
          }
        }
      });
    }
    return all[0] ? ALL : new ReachableNames(false, Collections.unmodifiableSet(names));
  }

  /** Whether {@code name} is one a pruned method table keeps whatever the program: a dunder. */
  public static boolean alwaysKept(String name) {
    return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
  }

  /** Whether the program may reach {@code name}. */
  public boolean reaches(String name) {
    return all || alwaysKept(name) || names.contains(name);
  }

  private static String calleeName(Expr func) {
    return switch (func) {
      case Expr.Name n -> n.id();
      case Expr.Attribute a -> a.attr();
      default -> null;
    };
  }

  /** Whether the call {@code c} of {@code callee} names its attributes by constant strs only. */
  private static boolean constantNameArguments(String callee, Expr.Call c) {
    if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred) || !c.keywords().isEmpty() && !callee.equals("methodcaller")) {
      return false;
    }
    if (c.keywords().stream().anyMatch(k -> k.arg() == null)) {
      return false;
    }
    if (NAME_TAKING.contains(callee)) {
      return c.args().size() >= 2 && isStrConstant(c.args().get(1));
    }
    if (callee.equals("attrgetter")) {
      return !c.args().isEmpty() && c.args().stream().allMatch(ReachableNames::isStrConstant);
    }
    if (callee.equals("methodcaller")) {
      return !c.args().isEmpty() && isStrConstant(c.args().get(0));
    }
    return false;
  }

  private static boolean isStrConstant(Expr e) {
    return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.StrValue;
  }

  private static boolean isReflective(String name) {
    return NAME_TAKING.contains(name) || NAME_FACTORIES.contains(name) || REFLECTIVE.contains(name);
  }

  private static void addWords(String s, Set<String> names, boolean[] all) {
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      names.add(w);
      if (LISTING.contains(w)) {
        all[0] = true;
      }
    }
  }

  /** The identifiers a node holds directly (a name, an attribute, a keyword, an import's names). */
  private static List<String> identifiers(Record node) {
    List<String> out = new java.util.ArrayList<>();
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      Object v = read(c, node);
      if (v instanceof String s) {
        out.add(s);
      } else if (v instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof String s) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  private static Object read(RecordComponent c, Record record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }
}
