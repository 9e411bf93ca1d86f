package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptimizeSelectionTest {
  private static List<Program> corpus() {
    List<Program> out = new ArrayList<>();
    for (String group : List.of("ints", "strings")) {
      for (int i = 0; i < 20; i++) {
        String name = String.format("p%02d", i);
        out.add(new Program(group, name, Path.of(group, name + ".py"), List.of(), ""));
      }
    }
    return out;
  }

  @Test
  void sampleTakesEachGroupsFirstProgramAndEverySixteenthAfterIt() {
    assertEquals(
        Set.of(Path.of("ints/p00.py"), Path.of("ints/p16.py"), Path.of("strings/p00.py"), Path.of("strings/p16.py")),
        OptimizeSelection.SAMPLE.select(corpus()));
  }

  @Test
  void sampleTakesEveryProgramOfTheOptimizerGroup() {
    List<Program> programs = new ArrayList<>(corpus());
    for (String name : List.of("a", "b", "c")) {
      programs.add(new Program(OptimizeSelection.OPTIMIZER_GROUP, name,
          Path.of(OptimizeSelection.OPTIMIZER_GROUP, name + ".py"), List.of(), ""));
    }
    Set<Path> selected = OptimizeSelection.SAMPLE.select(programs);
    assertEquals(7, selected.size());
    assertEquals(true, selected.contains(Path.of(OptimizeSelection.OPTIMIZER_GROUP, "c.py")));
    assertEquals(Set.of(), OptimizeSelection.NONE.select(programs));
  }

  @Test
  void allAndNone() {
    assertEquals(40, OptimizeSelection.ALL.select(corpus()).size());
    assertEquals(Set.of(), OptimizeSelection.NONE.select(corpus()));
  }

  @Test
  void parsesTheProperty() {
    assertEquals(OptimizeSelection.ALL, OptimizeSelection.parse("true"));
    assertEquals(OptimizeSelection.NONE, OptimizeSelection.parse("none"));
    assertEquals(OptimizeSelection.SAMPLE, OptimizeSelection.parse(""));
    assertThrows(IllegalArgumentException.class, () -> OptimizeSelection.parse("maybe"));
  }
}
