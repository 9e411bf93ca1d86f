package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NotSupportedListTest {
  private static NotSupportedList list(Map<String, String> entries) {
    return new NotSupportedList(new TreeMap<>(entries));
  }

  @Test
  void rendersAndParsesBack() {
    NotSupportedList l = list(Map.of("routed/exec_basic", "uses exec()", "b/pipe", "a | b \\ c"));
    String doc = "# Title\n\nintro\n\n" + l.render() + "\n\nafter\n";
    assertEquals(l, NotSupportedList.parse(doc));
    assertEquals(Optional.of("a | b \\ c"), NotSupportedList.parse(doc).construct("b/pipe"));
  }

  @Test
  void writeIntoReplacesOnlyTheMarkedSection() {
    String doc = "before\n" + list(Map.of("a/x", "old")).render() + "\nafter\n";
    String updated = list(Map.of("a/y", "new")).writeInto(doc);
    assertEquals("before\n" + list(Map.of("a/y", "new")).render() + "\nafter\n", updated);
  }

  @Test
  void writeIntoAppendsWhenThereAreNoMarkers() {
    String updated = list(Map.of()).writeInto("text");
    assertEquals("text\n" + list(Map.of()).render() + "\n", updated);
    assertEquals(list(Map.of()), NotSupportedList.parse(updated));
  }

  @Test
  void anUpdateKeepsEntriesOfProgramsThatWereNotRun() {
    NotSupportedList l = list(Map.of("ints/a", "x", "floats/b", "y", "ints/c", "z"));
    NotSupportedList u = l.updatedWith(List.of("ints/a", "ints/c"), Map.of("ints/c", "w"));
    assertEquals(list(Map.of("floats/b", "y", "ints/c", "w")), u);
  }

  @Test
  void anUpdateDropsEntriesOfProgramsThatLeftAGroupThatWasRun() {
    NotSupportedList l = list(Map.of("ints/gone", "x", "floats/b", "y"));
    NotSupportedList u = l.updatedWith(List.of("ints/a"), Map.of());
    assertEquals(list(Map.of("floats/b", "y")), u);
  }
}
