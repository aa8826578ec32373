package org.tipevidence.jobs.cli;

import java.util.function.Function;
import org.tipevidence.common.evidence.MetaMethod;
import org.tipevidence.common.progress.ProgressMethod;
import org.tipevidence.common.progress.ProgressMethods;
import org.tipevidence.jobs.generate.OutputFormat;
import org.tipevidence.jobs.mse.MseSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parse-time conversion and range checks for run options, so a bad value stops the command before
 * any work with one line naming the option (picocli adds it) and the fix. The same converters read
 * {@code --config} values, which arrive as picocli default values.
 */
final class OptionConverters {
  private OptionConverters() {}

  private static <T> T lookup(String value, Function<String, T> find, String what, String valid) {
    T found = find.apply(value == null ? null : value.trim());
    if (found == null) {
      throw new TypeConversionException("'" + value + "' is not " + what + "; use one of " + valid);
    }
    return found;
  }

  private static int intAtLeast(String value, int min, int max, String hint) {
    return (int) longAtLeast(value, min, max, hint);
  }

  private static long longAtLeast(String value, long min, long max, String hint) {
    long n;
    try {
      n = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number; " + hint);
    }
    if (n < min || n > max) {
      throw new TypeConversionException("got " + n + "; " + hint);
    }
    return n;
  }

  /** ee, dl, reml, pm, sj (fe accepted for ee). */
  static final class PoolingMethod implements ITypeConverter<MetaMethod> {
    @Override
    public MetaMethod convert(String value) {
      return lookup(
          value, v -> MetaMethod.fromCode(v).orElse(null), "a pooling method", MetaMethod.codes());
    }
  }

  /** open_sdg, unsd_2022, expected_2030. */
  static final class ProgressMethodName implements ITypeConverter<ProgressMethod> {
    @Override
    public ProgressMethod convert(String value) {
      return lookup(
          value,
          v -> ProgressMethods.names().contains(v) ? ProgressMethods.byName(v) : null,
          "a progress method",
          String.join(", ", ProgressMethods.names()));
    }
  }

  /** stepwise, main_effects. */
  static final class ModelSelection implements ITypeConverter<MseSettings.ModelSelection> {
    @Override
    public MseSettings.ModelSelection convert(String value) {
      return lookup(
          value,
          MseSettings.ModelSelection::fromCode,
          "a model-selection rule",
          "stepwise, main_effects");
    }
  }

  /** csv, dhis2, iati (generate). */
  static final class GeneratedFormat implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return lookup(
          value,
          v ->
              java.util.Arrays.stream(OutputFormat.values())
                  .filter(f -> f.name().equalsIgnoreCase(v))
                  .findFirst()
                  .orElse(null),
          "a submissions format",
          "csv, dhis2, iati");
    }
  }

  /** Rows per generated file, at least 1 (generate). */
  static final class RowsPerFile implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return longAtLeast(value, 1, Long.MAX_VALUE, "give a whole number of rows of at least 1");
    }
  }

  /** A count of at least 1 (keep-versions, disclosure threshold). */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return intAtLeast(value, 1, Integer.MAX_VALUE, "give a whole number of at least 1");
    }
  }

  /** A byte count of at least 1 (record-size bound). */
  static final class PositiveLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return longAtLeast(value, 1, Long.MAX_VALUE, "give a byte count of at least 1");
    }
  }

  /** A calendar year the data can hold. */
  static final class Year implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return intAtLeast(value, 1900, 2100, "give a year between 1900 and 2100");
    }
  }

  /** Bootstrap replicates: 0 (off) up to {@link MseSettings#MAX_REPLICATES}. */
  static final class Replicates implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return intAtLeast(
          value,
          0,
          MseSettings.MAX_REPLICATES,
          "give 0 (no bootstrap) up to " + MseSettings.MAX_REPLICATES);
    }
  }

  /** A p-value threshold in [0, 1]. */
  static final class Probability implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double p;
      try {
        p = Double.parseDouble(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number; give one in [0, 1]");
      }
      if (!(p >= 0 && p <= 1)) {
        throw new TypeConversionException("got " + value + "; give a number in [0, 1]");
      }
      return p;
    }
  }
}
