package dev.taipan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code taipan} command: a thin caller of the compiler API, one subcommand per file. */
@Command(
    name = "taipan",
    mixinStandardHelpOptions = true,
    version = "taipan 0.1.0",
    description = "Compiles Python to JavaScript; routes what it cannot transpile exactly to Pyodide.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AstCommand.class,
      SymtableCommand.class,
      BenchParseCommand.class,
      CheckCommand.class,
      BuildCommand.class,
      RunCommand.class,
      // Subcommands are listed here, one class per command.
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit status; never lets an exception escape as a trace. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          err.println("taipan: internal error: " + ex);
          err.flush();
          return 70;
        });
    return cli.execute(args);
  }
}
