package org.tipevidence.jobs.pipeline;

import picocli.CommandLine;

/** The code version recorded in manifests and printed by --version. */
public final class CodeVersion implements CommandLine.IVersionProvider {
  public static String get() {
    String v = CodeVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"tip-evidence " + get()};
  }
}
