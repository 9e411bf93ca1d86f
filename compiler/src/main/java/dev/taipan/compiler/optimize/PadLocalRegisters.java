package dev.taipan.compiler.optimize;

import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import dev.taipan.compiler.TaipanCompiler;

/**
 * Gives every function of the generated modules that has parameters and declares locals one
 * unused {@code let} per parameter at the top of its body, so that no local sits in a register
 * whose index is also a parameter's index (docs/performance.md, "Property feedback shared between
 * a parameter and a local").
 *
 * <p>Why: V8's bytecode generator (the version Node 20 ships) gives the named property loads
 * and stores of one function that have the same receiver variable and the same name one shared
 * feedback slot, and it tells the variables apart by their index alone: a parameter's index
 * counts the parameters, a local's counts the registers, both from 0. So in
 * {@code function (self) { let msg; ... msg.$pl ... self.$pl ... }} the two loads of
 * {@code $pl} share one inline cache, and the classes of {@code self} and of {@code msg} add up:
 * past four the site turns megamorphic and TurboFan calls the generic load there. The generated
 * code reads {@code $pl}, {@code $fi}, {@code $py} and the {@code $$}-prefixed attributes off
 * parameters and locals alike, so which of its sites are hit depended on the order of the
 * {@code let} declarations. Locals declared after the padding start at the register index equal
 * to the parameter count and never meet a parameter. The padding is never read; V8's optimizing
 * compiler drops it, the interpreter stores {@code undefined} into it once per call.
 *
 * <p>It runs on the compiled AST, after Closure's passes (which would remove the unused names)
 * and before Closure prints it, as {@link ShortenModuleSuffixes} does, so the source map and
 * traceback positions describe the printed text. The names, {@code $pad<n>}, are spelled like no
 * generated or runtime name.
 */
final class PadLocalRegisters {
  /** The padding's names are this and the parameter's position. */
  static final String PREFIX = "$pad";

  private PadLocalRegisters() {}

  /** Pads, in place, the functions of every generated (not runtime) script under {@code root}. */
  static void pad(Node root) {
    NodeUtil.visitPreOrder(root, n -> {
      if (n.isFunction() && !inRuntime(n)) {
        padFunction(n);
      }
    });
  }

  private static void padFunction(Node fn) {
    int params = NodeUtil.getFunctionParameters(fn).getChildCount();
    Node body = NodeUtil.getFunctionBody(fn);
    if (params == 0 || !body.isBlock() || !declaresLocal(body)) {
      return;
    }
    Node let = new Node(Token.LET);
    for (int i = 0; i < params; i++) {
      let.addChildToBack(IR.name(PREFIX + i));
    }
    let.srcrefTreeIfMissing(body);
    body.addChildToFront(let);
  }

  /** Whether {@code n}'s subtree, outside nested functions and classes, declares a variable. */
  private static boolean declaresLocal(Node n) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (NodeUtil.isNameDeclaration(c)) {
        return true;
      }
      if (!c.isFunction() && !c.isClass() && declaresLocal(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inRuntime(Node n) {
    String file = n.getSourceFileName();
    return file != null && file.startsWith(TaipanCompiler.RUNTIME_DIR + "/");
  }
}
