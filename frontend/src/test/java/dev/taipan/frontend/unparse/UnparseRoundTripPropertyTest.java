package dev.taipan.frontend.unparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.dump.AstDump;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated trees survive unparse-then-parse unchanged (compared as {@code ast.dump} text without positions). */
class UnparseRoundTripProperties {

  @Provide
  Arbitrary<Mod.Module> modules() {
    return Arbitraries.longs().map(seed -> new RandomTrees(new Random(seed)).module(3));
  }

  @Property(tries = 400)
  void unparsedModuleParsesBackToTheSameTree(@ForAll("modules") Mod.Module module) {
    String source = Unparser.unparse(module);
    ParseResult result = SourceParser.parse("<generated>", source);
    switch (result) {
      case ParseResult.Success s ->
          assertEquals(AstDump.dump(module, false), AstDump.dump(s.module(), false), () -> "source:\n" + source);
      case ParseResult.Failure f -> fail(f.diagnostic().headline() + "\nsource:\n" + source);
    }
  }
}
