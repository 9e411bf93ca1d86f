package dev.taipan.cli;

import dev.taipan.compiler.CompileException;
import dev.taipan.compiler.fallback.BuildProgram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taipan build FILE.py -o DIR}: compiles a program to ES modules runnable with node. */
@Command(name = "build", description = "Compiles FILE.py (and the modules it imports) to JavaScript in DIR.")
public final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.py", description = "The program's entry file.")
  Path entry;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path outDir;

  // Routing (docs/routing.md): which modules run in Pyodide, and where Pyodide comes from.
  @CommandLine.Mixin RoutingOptionsMixin routing = new RoutingOptionsMixin();

  @Option(names = "--pyodide", paramLabel = "SOURCE", defaultValue = "cdn",
      description = "Where a routed program's Pyodide comes from: cdn (default; Node: $TAIPAN_PYODIDE or the pyodide npm package) or copy (into DIR/pyodide/).")
  String pyodide;

  // docs/optimizer.md: off by default until Closure's constant folding is proven exact on float arithmetic.
  @Option(names = "--optimize", negatable = true, defaultValue = "false", fallbackValue = "true",
      description = "Bundle the program and the runtime it uses into DIR/FILE.js with Closure Compiler (default: off, the emitted modules and runtime files as they are).")
  boolean optimize;

  /** "runs in Pyodide" for a wholly routed program, "k of n modules run in Pyodide" for a mixed one. */
  private static String pyodideShare(BuildProgram.Result r) {
    long routed = r.plan().routed().size();
    int all = r.plan().decisions().size();
    return routed == all ? "runs in Pyodide" : routed + " of " + all + " modules run in Pyodide";
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      BuildProgram.Result r = BuildProgram.build(entry, outDir, routing.sourceRoots(), routing.toOptions(), routing.pyodideSource(pyodide), optimize);
      out.println("wrote " + r.entryJs() + " (" + r.rawBytes() + " bytes, " + r.gzipBytes() + " bytes gzip"
          + (r.bundled() ? "; optimised" : r.notBundledWhy() != null ? "; not optimised: " + r.notBundledWhy() : "")
          + (r.routed() ? "; " + pyodideShare(r) + ", see " + r.manifest().getFileName() : "") + ")");
      out.flush();
      return 0;
    } catch (CompileException e) {
      err.print(e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("taipan: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
