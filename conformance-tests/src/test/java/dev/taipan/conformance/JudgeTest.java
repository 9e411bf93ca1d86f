package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static final Expectation RAISES =
      new Expectation("before\n", "KeyError: 'x'", 1);

  private static String reason(Verdict v) {
    return assertInstanceOf(Verdict.Failed.class, v).reason();
  }

  @Test
  void passesWhenStdoutLastStderrLineAndStatusAgree() {
    Outcome ran = new Outcome.Ran("before\n", "Traceback (most recent call last):\n  File ...\nKeyError: 'x'\n", 1);
    assertEquals(new Verdict.Passed(), Judge.judge(RAISES, ran, Optional.empty()));
  }

  @Test
  void stdoutMustMatchExactlyIncludingTheFinalNewline() {
    String r = reason(Judge.judge(RAISES, new Outcome.Ran("before", "KeyError: 'x'\n", 1), Optional.empty()));
    assertTrue(r.contains("stdout differs"), r);
  }

  @Test
  void namesEveryDifference() {
    String r = reason(Judge.judge(RAISES, new Outcome.Ran("before\n", "TypeError: y\n", 0), Optional.empty()));
    assertTrue(r.contains("stderr last line differs: expected \"KeyError: 'x'\" but was \"TypeError: y\""), r);
    assertTrue(r.contains("exit status differs: expected 1 but was 0"), r);
  }

  @Test
  void aBuildFailureFailsUnlessListedWithTheConstructItNames() {
    Outcome failed = new Outcome.BuildFailed(1, "p.py:1:1: error[R1]: uses exec()\n");
    assertTrue(reason(Judge.judge(RAISES, failed, Optional.empty())).contains("taipan build failed (exit 1)"));
    assertEquals(new Verdict.NotSupported("uses exec()"), Judge.judge(RAISES, failed, Optional.of("uses exec()")));
    assertTrue(reason(Judge.judge(RAISES, failed, Optional.of("uses eval()"))).contains("does not name"));
  }

  @Test
  void aListedProgramThatBuildsIsAStaleEntry() {
    Outcome ran = new Outcome.Ran("before\n", "KeyError: 'x'\n", 1);
    assertTrue(reason(Judge.judge(RAISES, ran, Optional.of("uses exec()"))).contains("now builds"));
  }

  @Test
  void timeoutsAndHarnessErrorsFail() {
    assertTrue(reason(Judge.judge(RAISES, new Outcome.TimedOut(Duration.ofSeconds(30), "x"), Optional.empty())).contains("timed out after 30 s"));
    assertTrue(reason(Judge.judge(RAISES, new Outcome.HarnessError("boom"), Optional.empty())).contains("boom"));
  }

  @Test
  void firstDifferenceShowsTheLine() {
    assertEquals("line 2: expected \"b\" but was \"c\"", Judge.firstDifference("a\nb\n", "a\nc\n"));
    assertEquals("output ends early at line 2, expected \"b\"", Judge.firstDifference("a\nb", "a"));
    assertEquals("extra output from line 2: \"z\"", Judge.firstDifference("a", "a\nz"));
  }
}
