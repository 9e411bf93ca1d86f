package dev.taipan.cli;

import dev.taipan.compiler.route.BuildModuleGraph;
import dev.taipan.compiler.route.DecideRoutes;
import dev.taipan.compiler.route.ModuleGraph;
import dev.taipan.compiler.route.FrontendModuleParser;
import dev.taipan.compiler.route.ModuleParser;
import dev.taipan.compiler.route.RouteException;
import dev.taipan.compiler.route.RoutingJson;
import dev.taipan.compiler.route.RoutingPlan;
import dev.taipan.compiler.route.RoutingReport;
import dev.taipan.fallback.PyodideLock;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taipan check ENTRY.py}: shows which modules are transpiled and which run in Pyodide, and why. */
@Command(name = "check", description = "Print the module graph and each module's route (transpiled or Pyodide) with its reasons.")
public final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "ENTRY.py", description = "The program's entry file.")
  Path entry;

  @Option(names = "--json", description = "Print the plan as JSON (schema: docs/routing.md).")
  boolean json;

  @Mixin RoutingOptionsMixin routing = new RoutingOptionsMixin();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private final Optional<ModuleParser> parser;

  /** Uses the frontend's parser. */
  public CheckCommand() {
    this(Optional.of(new FrontendModuleParser()));
  }

  CheckCommand(Optional<ModuleParser> parser) {
    this.parser = parser;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(entry)) {
      err.println(entry + ": error: no such file");
      return 2;
    }
    if (parser.isEmpty()) {
      err.println("taipan check: this build has no Python parser registered (dev.taipan.compiler.route.ModuleParser)");
      return 2;
    }
    try {
      ModuleGraph graph = BuildModuleGraph.build(entry, routing.sourceRoots(), parser.get(), PyodideLock.bundled());
      RoutingPlan plan = DecideRoutes.decide(graph, routing.toOptions());
      if (routing.noFallback && plan.anyRouted()) {
        err.print(RoutingReport.noFallbackError(plan));
        err.flush();
        return 1;
      }
      out.print(json ? RoutingJson.render(plan) : RoutingReport.table(plan));
      out.flush();
      return 0;
    } catch (RouteException e) {
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
  }
}
