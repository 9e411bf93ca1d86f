package dev.taipan.cli;

import dev.taipan.frontend.diag.DiagnosticRenderer;
import dev.taipan.frontend.dump.AstDump;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code taipan ast}: prints a file's tree exactly as CPython 3.11's {@code ast.dump}, so CPython can be the oracle. */
@Command(
    name = "ast",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the AST of FILE as CPython 3.11's ast.dump(ast.parse(source)) does.",
      "Exit status: 0 printed, 1 syntax error, 2 unreadable file."
    })
public final class AstCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--positions", description = "Include positions, as ast.dump(..., include_attributes=True).")
  boolean positions;

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
      err.println("taipan: cannot read " + file + ": " + describe(e));
      err.flush();
      return 2;
    }
    ParseResult result = SourceParser.parse(file.toString(), source);
    switch (result) {
      case ParseResult.Success s -> {
        out.println(AstDump.dump(s.module(), positions));
        out.flush();
        return 0;
      }
      case ParseResult.Failure f -> {
        err.print(DiagnosticRenderer.render(f.diagnostic(), f.lines() == null ? null : f.lines()::lineText));
        err.flush();
        return 1;
      }
    }
  }

  /** A one-line reason for an I/O failure, without the exception class name. */
  static String describe(IOException e) {
    return switch (e) {
      case java.nio.file.NoSuchFileException x -> "no such file";
      case java.nio.file.AccessDeniedException x -> "permission denied";
      default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    };
  }
}
