package org.tipevidence.jobs.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import org.tipevidence.common.iati.IatiActivityWriter;
import org.tipevidence.common.iati.IatiRow;

/** One synthetic submission row written as CSV, JSON Lines or an IATI activity. */
final class SubmissionRows {
  private SubmissionRows() {}

  /**
   * @param r the row in {@link SyntheticInput#HEADER} order
   * @param xml the IATI file being written, or null for CSV / JSON Lines
   */
  static void write(BufferedWriter out, IatiActivityWriter xml, String[] r, boolean json)
      throws IOException {
    if (xml != null) {
      // The generator's percentage indicators are IATI percentage measures, the rest units.
      String measure =
          r[2].equals("CHILD_LABOUR_RATE") || r[2].equals("SMUGGLING_FEE_SHARE") ? "2" : "1";
      xml.activity(
          new IatiRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], null), measure);
      return;
    }
    String[] header = SyntheticInput.HEADER;
    if (json) {
      out.write('{');
      for (int k = 0; k < header.length; k++) {
        if (k > 0) {
          out.write(", ");
        }
        out.write('"' + header[k] + "\": \"" + r[k].replace("\"", "\\\"") + '"');
      }
      out.write('}');
    } else {
      out.write(String.join(",", r));
    }
    out.write('\n');
  }
}
