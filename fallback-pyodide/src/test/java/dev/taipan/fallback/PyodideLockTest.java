package dev.taipan.fallback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PyodideLockTest {
  private final PyodideLock lock = PyodideLock.bundled();

  @Test
  void bundledLockIsThePinnedRelease() {
    assertEquals("3.11.3", lock.pythonVersion());
    assertTrue(lock.packages().size() > 200);
  }

  @Test
  void importNamesMapToPackages() {
    assertEquals("scikit-learn", lock.packageForImport("sklearn").orElseThrow().name());
    assertTrue(lock.packageForImport("numpy").orElseThrow().hasCompiledCode());
    assertFalse(lock.packageForImport("attr").orElseThrow().hasCompiledCode());
    assertTrue(lock.packageForImport("no_such_module").isEmpty());
  }
}
