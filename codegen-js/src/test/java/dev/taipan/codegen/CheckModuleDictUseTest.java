package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckModuleDictUseTest {
  private static final String MESSAGE =
      " a module's __dict__ other than reading, testing, setting or deleting one key (its other entries and order differ)";

  private static List<String> found(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return CheckModuleDictUse.find(m).stream().map(u -> u.span().lineno() + ":" + u.span().colOffset() + " " + u.construct()).toList();
  }

  @Test
  void oneKeyFormsAreAccepted() {
    assertEquals(List.of(), found("""
        import m
        import a.b as ab
        x = m.__dict__['k']
        vars(m)['k'] = 1
        del m.__dict__['k']
        print('k' in vars(ab), 'k' not in m.__dict__, vars(m).get('k'), m.__dict__.get('k', 0))
        """));
  }

  @Test
  void otherUsesOfAnImportedModulesDictAreRefused() {
    assertEquals(List.of("3:4" + MESSAGE, "4:6" + MESSAGE, "5:9" + MESSAGE, "6:6" + MESSAGE),
        found("""
            import m
            import p.q
            d = vars(m)
            print(m.__dict__)
            for k in p.__dict__: pass
            print(vars(m)['__builtins__'])
            """));
  }

  @Test
  void dictsOfOtherObjectsAreNotChecked() {
    assertEquals(List.of(), found("from m import f\nclass C: pass\nprint(vars(C), f.__dict__, vars(self))\n"));
  }
}
