package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildManifestTest {
  @Test
  void entryRouteAndTheFirstReasonOfItsOwn() {
    String json = """
        {"modules": [
          {"name": "__main__", "route": "pyodide", "reasons": [
            {"kind": "imports-routed", "message": "imports util, which is routed"}]},
          {"name": "util", "route": "pyodide", "reasons": [
            {"kind": "unsupported-construct", "message": "exec() is not supported"}]}]}
        """;
    assertEquals(new BuildManifest("pyodide", Optional.of("exec() is not supported")), BuildManifest.parse(json));
  }

  @Test
  void transpiledProgramHasNoReason() {
    String json = """
        {"modules": [{"name": "__main__", "route": "transpile", "reasons": []}]}
        """;
    assertEquals(new BuildManifest("transpile", Optional.empty()), BuildManifest.parse(json));
  }
}
