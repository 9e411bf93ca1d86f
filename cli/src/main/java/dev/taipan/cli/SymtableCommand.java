package dev.taipan.cli;

import dev.taipan.compiler.ErrorRendering;
import dev.taipan.compiler.route.AstWalk;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.scope.CheckNestingDepth;
import dev.taipan.frontend.diag.DiagnosticRenderer;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.scope.ScopeAnalysis;
import dev.taipan.frontend.scope.SymbolTableError;
import dev.taipan.frontend.scope.SymtableFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code taipan symtable}: prints the symbol tables of a file in the form of docs/symtable-format.md, for comparison with Python's symtable. */
@Command(
    name = "symtable",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the symbol tables (scopes and per-name flags) of FILE; see docs/symtable-format.md.",
      "Exit status: 0 printed, 1 syntax error, 2 unreadable file."
    })
public final class SymtableCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The Python source file.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    byte[] source;
    try {
      source = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("taipan: cannot read " + file + ": " + AstCommand.describe(e));
      err.flush();
      return 2;
    }
    ParseResult result = SourceParser.parse(file.toString(), source);
    switch (result) {
      case ParseResult.Success s -> {
        try {
          Span tooDeep = CheckNestingDepth.tooDeep(s.module(), CheckNestingDepth.SCRIPT_LIMIT);
          String text = tooDeep == null ? formatOnLargeStack(s.module()) : null;
          if (text == null) {
            Span at = tooDeep != null ? tooDeep : AstWalk.deepestSpan(s.module());
            err.print(ErrorRendering.render(file.toString(), s.lines(), at == null ? new Span(1, 0, 1, 0) : at,
                "RecursionError", "maximum recursion depth exceeded during compilation"));
            err.flush();
            return 1;
          }
          out.print(text);
          out.flush();
          return 0;
        } catch (SymbolTableError e) {
          err.print(DiagnosticRenderer.render(e.toDiagnostic(file.toString(), s.lines()), s.lines()::lineText));
          err.flush();
          return 1;
        }
      }
      case ParseResult.Failure f -> {
        err.print(DiagnosticRenderer.render(f.diagnostic(), f.lines() == null ? null : f.lines()::lineText));
        err.flush();
        return 1;
      }
    }
  }

  /**
   * Scope analysis recurses over the tree, so deeply nested programs run on a thread with a
   * large stack; null means even that was not enough (CPython reports a RecursionError then).
   */
  private static String formatOnLargeStack(Mod.Module module) throws SymbolTableError {
    Object[] result = new Object[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = SymtableFormat.format(ScopeAnalysis.analyze(module));
      } catch (SymbolTableError e) {
        result[0] = e;
      } catch (StackOverflowError e) {
        result[0] = null;
      }
    }, "taipan-symtable", 1L << 30);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    if (result[0] instanceof SymbolTableError e) {
      throw e;
    }
    return (String) result[0];
  }
}
