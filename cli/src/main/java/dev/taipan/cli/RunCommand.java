package dev.taipan.cli;

import dev.taipan.compiler.CompileException;
import dev.taipan.compiler.fallback.BuildProgram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code taipan run FILE.py [args...]}: builds into a temporary directory and runs the result with node. */
@Command(name = "run", description = "Compiles FILE.py and runs it with node, passing ARGS as sys.argv[1:].")
public final class RunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.py", description = "The program's entry file.")
  Path entry;

  @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
  List<String> args = new ArrayList<>();

  // Routing (docs/routing.md): a routed program runs in Pyodide, copied from this jar unless $TAIPAN_PYODIDE is set.
  @CommandLine.Mixin RoutingOptionsMixin routing = new RoutingOptionsMixin();

  // docs/optimizer.md: running skips the optimiser (seconds of Closure Compiler) unless asked.
  @CommandLine.Option(names = "--optimize", negatable = true, defaultValue = "false", fallbackValue = "true",
      description = "Bundle and optimise with Closure Compiler before running, as `taipan build` does (default: off).")
  boolean optimize;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("taipan-run-");
      // The entry made absolute, as CPython 3.9+ records a script's path: tracebacks show it and
      // read the source lines from it whatever the program's working directory.
      BuildProgram.Result r = BuildProgram.build(entry.toAbsolutePath(), dir.resolve("out"), routing.sourceRoots(), routing.toOptions(), routing.pyodideForRun(), optimize);
      List<String> cmd = new ArrayList<>(List.of("node", "--stack-size=4000", ScriptName.nodeImport(entry), r.entryJs().toString()));
      cmd.addAll(args);
      Process p = new ProcessBuilder(cmd).inheritIO().start();
      return p.waitFor();
    } catch (CompileException e) {
      err.print(e.getMessage());
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("taipan: " + e.getMessage());
      err.flush();
      return 1;
    } finally {
      if (dir != null) {
        deleteQuietly(dir);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // A temporary directory left behind is harmless.
    }
  }
}
