package org.tipevidence.common.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tipevidence.common.codes.Direction;

class CagrTest {

  private static final double TOL_6DP = 1e-6;

  @ParameterizedTest(name = "{0} -> {1} over {2}..{3} = {4}")
  @CsvSource({
    // methods.md §7.4 "Plain CAGR" and §7.1 common input
    "100, 90, 2015, 2020, -0.0208516",
    "100, 90, 2015, 2030, -0.0069994",
    "20, 10, 2015, 2030, -0.045158",
    "20, 16, 2015, 2020, -0.043648",
    "20, 18, 2015, 2020, -0.020852",
    "20, 22, 2015, 2020, 0.019245",
    "20, 9.5, 2015, 2020, -0.138334",
    // both negative: ratio 0.5 over 1 year
    "-20, -10, 2015, 2016, -0.5",
    // zero end value is defined: complete decline
    "20, 0, 2015, 2020, -1.0",
  })
  void computesPublishedValues(double v0, double v1, double t0, double t1, double expected) {
    OptionalDouble c = Cagr.of(v0, v1, t0, t1);
    assertTrue(c.isPresent());
    assertEquals(expected, c.getAsDouble(), TOL_6DP);
  }

  @ParameterizedTest(name = "{0} -> {1} over {2}..{3}: {4}")
  @CsvSource({
    "0, 5, 2015, 2020, start value is zero",
    "10, -5, 2015, 2020, start and end values have opposite signs",
    "-10, 5, 2015, 2020, start and end values have opposite signs",
    "10, 12, 2020, 2020, end year must be after start year",
    "10, 12, 2020, 2015, end year must be after start year",
    "NaN, 12, 2015, 2020, value is missing or not finite",
  })
  void undefinedCasesAreEmptyWithReason(double v0, double v1, double t0, double t1, String reason) {
    assertTrue(Cagr.of(v0, v1, t0, t1).isEmpty());
    assertEquals(reason, Cagr.undefinedReason(v0, v1, t0, t1).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"2015, 2020", "2015, 2030"})
  void requiredIsEmptyWithoutTarget(int base, int latest) {
    ProgressInput in = ProgressInput.of(base, 10, latest, 12, 2, null, Direction.INCREASE);
    assertTrue(Cagr.required(in).isEmpty());
    assertEquals(Math.pow(1.2, 1.0 / (latest - base)) - 1, Cagr.actual(in).getAsDouble(), 1e-15);
  }
}
