package org.tipevidence.jobs.mse;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * One small table per kind of bad input, plus bad metadata rows, in one MSE folder: each rejected
 * table puts every row in quarantine naming the file, the line and the fix; the good table beside
 * them is still estimated; every row is accounted for.
 */
class DarkFigureBadInputTest {
  private static final String GOOD =
      "A,B,C,count\n1,0,0,120\n0,1,0,90\n0,0,1,60\n1,1,0,30\n1,0,1,20\n0,1,1,15\n1,1,1,5\n";

  /** file → content; names follow the <ISO3>_<period>.csv rule unless the case is about names. */
  private static final Map<String, String> TABLES = new TreeMap<>();

  static {
    TABLES.put("FRA_2010.csv", GOOD); // described by metadata line 2: accepted
    TABLES.put("GBR_2001.csv", "A,B,C,count\n1,0,0,10\n0,2,0,5\n1,1,0,3\n"); // not 0/1, line 3
    TABLES.put("GBR_2002.csv", "A,B,C,count\n1,0,0,10\n0,1,0,-4\n1,1,0,3\n"); // negative, line 3
    TABLES.put("GBR_2003.csv", "A,B,C,count\n1,0,0,10\n0,1,0,2.5\n1,1,0,3\n"); // fraction, line 3
    TABLES.put("GBR_2004.csv", "A,B,C,count\n1,0,0,10\n0,1,0,5\n1,0,0,7\n"); // line 4 = line 2
    TABLES.put("GBR_2005.csv", "A,count\n1,10\n"); // a single list
    TABLES.put("GBR_2006.csv", "A,B,C,count\n1,0,0,0\n0,1,0,0\n1,1,0,0\n"); // all zero
    TABLES.put("GBR_2007.csv", "A,B,C,count\n"); // header only
    TABLES.put("survey.csv", GOOD); // no metadata and no <ISO3>_<period> name
    TABLES.put("DEU_2012.csv", GOOD); // its metadata row (line 4) is quarantined
    TABLES.put("ITA_2013.csv", GOOD); // metadata list codes disagree with the header
  }

  private static final String METADATA =
      "file,country_iso3,period,list_names\n"
          + "FRA_2010.csv,FRA,2010,A=Police;B=NGO;C=Health\n" // 2 accepted
          + "missing.csv,FRA,2011,\n" // 3 no such table
          + "DEU_2012.csv,XYZ,2012,\n" // 4 not a country
          + "ITA_2013.csv,ITA,2013,X=Police;Y=NGO\n" // 5 accepted, but the table is rejected
          + "GBR_2001.csv,GBR,20X1,\n"; // 6 bad period (the table is rejected anyway)

  private static DarkFigureStage.Result result;
  private static Map<String, Map<Long, Row>> quarantine;

  @BeforeAll
  static void run(@TempDir Path dir) throws IOException {
    Path mse = Files.createDirectories(dir.resolve("national").resolve("mse"));
    for (Map.Entry<String, String> t : TABLES.entrySet()) {
      Files.writeString(mse.resolve(t.getKey()), t.getValue());
    }
    Files.writeString(mse.resolve(MseFiles.METADATA), METADATA);
    Files.writeString(mse.resolve("README.md"), "not a table: ignored\n");
    SparkSession spark = SharedSpark.get();
    Dataset<Row> population =
        spark.createDataFrame(
            List.of(RowFactory.create("FRA", 2010, 65_000_000.0)),
            DataTypes.createStructType(
                List.of(
                    DataTypes.createStructField("pop_country", DataTypes.StringType, false),
                    DataTypes.createStructField("pop_year", DataTypes.IntegerType, false),
                    DataTypes.createStructField("population", DataTypes.DoubleType, false))));
    result =
        new DarkFigureStage(spark, new MseSettings(7, 40))
            .apply(
                new DarkFigureStage.Inputs(
                    MseFiles.find(InputLayout.of(dir.toString()), null), population));
    quarantine = new TreeMap<>();
    for (CheckedInput in : result.inputs()) {
      for (Row r :
          in.quarantine()
              .select("source_file", "source_line", "reason_code", "reason", "column", "record")
              .collectAsList()) {
        quarantine
            .computeIfAbsent(r.getString(0).replace("national/mse/", ""), k -> new TreeMap<>())
            .put(r.getLong(1), r);
      }
    }
  }

  private static Row rejected(String file, long line) {
    Row r = quarantine.getOrDefault(file, Map.of()).get(line);
    assertTrue(r != null, file + " line " + line + " not in quarantine: " + quarantine.keySet());
    assertEquals("invalid_capture_table", r.getString(2), file + ":" + line + " reason code " + r);
    return r;
  }

  private static void assertReason(Row r, String... parts) {
    for (String p : parts) {
      assertTrue(r.getString(3).contains(p), "reason lacks '" + p + "': " + r.getString(3));
    }
  }

  @Test
  void nonBinaryCellNamesLineColumnAndFix() {
    Row r = rejected("GBR_2001.csv", 3);
    assertReason(r, "line 3: list 'B' has '2'", "use 1 if the victims are on that list");
    assertEquals("B", r.getString(4));
    assertEquals("0,2,0,5", r.getString(5));
    // The good rows of the same table are quarantined too, told why.
    assertReason(rejected("GBR_2001.csv", 2), "not at fault", "line 3: list 'B'");
    assertEquals(3, quarantine.get("GBR_2001.csv").size());
  }

  @Test
  void negativeAndFractionalCounts() {
    Row neg = rejected("GBR_2002.csv", 3);
    assertReason(neg, "line 3: count -4 is negative", "give the number of victims");
    assertEquals("count", neg.getString(4));
    Row frac = rejected("GBR_2003.csv", 3);
    assertReason(frac, "line 3: count '2.5' is not a whole number", "give an integer");
  }

  @Test
  void duplicatedHistoryIsNeverSummed() {
    Row dup = rejected("GBR_2004.csv", 4);
    assertReason(dup, "line 4: history {A} already given on line 2", "keep one row per history");
    assertEquals(3, quarantine.get("GBR_2004.csv").size());
  }

  @Test
  void singleListAllZeroAndHeaderOnlyTables() {
    assertReason(rejected("GBR_2005.csv", 2), "only 1 list column(s)", "needs at least two lists");
    assertReason(rejected("GBR_2006.csv", 2), "every count is zero");
    assertEquals(3, quarantine.get("GBR_2006.csv").size());
    // No data row: the header line stands for the file, so the rejection is visible.
    assertReason(rejected("GBR_2007.csv", 1), "no data rows", "add one row per observed");
    assertEquals(1, quarantine.get("GBR_2007.csv").size());
  }

  @Test
  void tablesWithoutUsableDescriptionAreRejected() {
    assertReason(rejected("survey.csv", 2), "is not <ISO3>_<period>.csv", "add a row");
    assertReason(
        rejected("DEU_2012.csv", 2),
        "mse-tables.csv line 4 (invalid_country_code) was quarantined",
        "fix that row");
    assertReason(
        rejected("ITA_2013.csv", 5), "list_names in mse-tables.csv give X,Y", "header has A,B,C");
    assertEquals(7, quarantine.get("ITA_2013.csv").size());
  }

  @Test
  void metadataRowsAreAcceptedOrQuarantinedWithReasons() {
    Map<Long, Row> meta = quarantine.get("mse-tables.csv");
    assertEquals(List.of(3L, 4L, 6L), List.copyOf(meta.keySet()));
    assertEquals("invalid_value", meta.get(3L).getString(2));
    assertReason(meta.get(3L), "'missing.csv' is not a table in the MSE folder");
    assertEquals("invalid_country_code", meta.get(4L).getString(2));
    assertEquals("invalid_period", meta.get(6L).getString(2));
  }

  @Test
  void onlyTheGoodTableIsEstimatedAndEveryRowIsAccountedFor() {
    List<Row> rows = result.darkFigure().collectAsList();
    assertEquals(1, rows.size());
    Row fra = rows.get(0);
    assertEquals("FRA", fra.getAs("country_iso3"));
    assertEquals("2010", fra.getAs("period"));
    assertEquals(340L, (long) fra.getAs("observed"));
    assertEquals(List.of("Police", "NGO", "Health"), fra.getList(fra.fieldIndex("list_names")));
    assertEquals("metadata (mse-tables.csv line 2)", fra.getAs("identified_by"));
    assertEquals(40, (int) fra.getAs("bootstrap_replicates"));
    assertTrue((double) fra.getAs("estimate") > 340);
    assertEquals(
        (double) fra.getAs("estimate") / 650, (double) fra.getAs("estimate_per_100k"), 1e-9);

    Map<String, long[]> dq = new TreeMap<>();
    Dataset<Row> all = null;
    for (CheckedInput in : result.inputs()) {
      all = all == null ? in.dataQuality() : all.unionByName(in.dataQuality());
    }
    for (Row r :
        all.select(
                col("source_file"),
                col("rows_read"),
                col("rows_accepted"),
                col("rows_quarantined"),
                col("invalid_capture_table"))
            .collectAsList()) {
      dq.put(
          r.getString(0).replace("national/mse/", ""),
          new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)});
    }
    assertEquals(TABLES.size() + 1, dq.size(), dq.keySet().toString());
    for (Map.Entry<String, long[]> e : dq.entrySet()) {
      long[] v = e.getValue();
      assertEquals(v[0], v[1] + v[2], e.getKey() + " read = accepted + quarantined");
      long inQuarantine = quarantine.getOrDefault(e.getKey(), Map.of()).size();
      assertEquals(v[2], inQuarantine, e.getKey() + " quarantined rows");
    }
    assertEquals(7, dq.get("FRA_2010.csv")[1]);
    assertEquals(0, dq.get("FRA_2010.csv")[2]);
    assertEquals(3, dq.get("GBR_2001.csv")[3]);
    assertEquals(2, dq.get("mse-tables.csv")[1]); // lines 2 and 5
  }
}
