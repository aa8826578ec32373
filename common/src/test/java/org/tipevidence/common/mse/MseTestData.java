package org.tipevidence.common.mse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tipevidence.common.testing.SharedData;

/** Loads the shared MSE reference tables ({@code shared/data/mse}) without copying them here. */
final class MseTestData {

  private MseTestData() {}

  /** Loads a reference table, skipping the calling test if the shared folder is missing. */
  static CaptureHistoryTable load(String file) {
    Path f = SharedData.require("mse/" + file);
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return CaptureHistoryTable.parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
