package org.tipevidence.jobs.testing;

import java.util.List;

/**
 * JVM flags for the processes tests start (cluster master, workers, driver, executors, child runs),
 * which live a minute or two on a 2-core machine: C2's work on Spark's code costs more CPU than it
 * pays back in that time, and the serial collector keeps each JVM to one GC thread. Neither changes
 * any result. The integration-test JVM gets the same flags from the pom's {@code test.jvm.tuning};
 * the unit-test JVM, which lives ten minutes, does not (it got slower with them).
 */
public final class ShortLivedJvm {
  public static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private ShortLivedJvm() {}
}
