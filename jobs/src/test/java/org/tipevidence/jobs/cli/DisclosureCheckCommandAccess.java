package org.tipevidence.jobs.cli;

/** Test access to the command's package-private folder resolution. */
public final class DisclosureCheckCommandAccess {
  private DisclosureCheckCommandAccess() {}

  public static String publishedFolder(String output) {
    return DisclosureCheckCommand.publishedFolder(output);
  }
}
