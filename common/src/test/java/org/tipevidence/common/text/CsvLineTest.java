package org.tipevidence.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvLineTest {
  @Test
  void quotesNeutralisesAndWritesPlainNumbers() {
    assertEquals(
        "VC_HTF_DETV,10627,15.9,10000000,,\"a, b\",\"say \"\"hi\"\"\",'=SUM(A1),-3\r\n",
        CsvLine.of(
            Arrays.asList(
                "VC_HTF_DETV",
                10627.0,
                15.9,
                1.0e7,
                null,
                "a, b",
                "say \"hi\"",
                "=SUM(A1)",
                -3.0)));
  }

  @Test
  void numbersReadBackExactly() {
    for (double d : new double[] {0.1, 1.0 / 3, 2.5e-7, 123456789.123, 49032}) {
      assertEquals(d, Double.parseDouble(CsvLine.number(d)));
    }
    assertEquals("", CsvLine.number(Double.NaN));
  }
}
