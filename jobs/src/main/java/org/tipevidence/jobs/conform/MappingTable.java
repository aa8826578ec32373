package org.tipevidence.jobs.conform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The indicator mapping as a small broadcastable table (m_* columns). */
public final class MappingTable {
  public static final StructType SCHEMA =
      new StructType()
          .add("m_local_code", DataTypes.StringType, false)
          .add("m_name", DataTypes.StringType, true)
          .add("m_sdg_target", DataTypes.StringType, false)
          .add("m_sdg_indicator", DataTypes.StringType, false)
          .add("m_series_code", DataTypes.StringType, false)
          .add("m_unit", DataTypes.StringType, false)
          .add("m_direction", DataTypes.StringType, false)
          .add("m_aggregation", DataTypes.StringType, false)
          .add("m_crime_type", DataTypes.StringType, false)
          .add("m_scaling", DataTypes.StringType, false)
          .add("m_person_count", DataTypes.BooleanType, false);

  private MappingTable() {}

  public static Dataset<Row> load(SparkSession spark, FileSystem fs, Path mappingFile) {
    JsonNode root;
    try (InputStream in = fs.open(mappingFile)) {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + mappingFile, e);
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode n : root.path("indicators")) {
      String indicator = n.path("sdg_indicator").asText();
      String unit = n.path("unit").asText();
      String scaling = n.path("scaling").asText("none");
      rows.add(
          RowFactory.create(
              n.path("local_code").asText(),
              n.path("name").asText(null),
              indicator.substring(0, Math.max(0, indicator.lastIndexOf('.'))),
              indicator,
              n.path("series_code").asText(),
              unit,
              n.path("direction").asText(),
              n.path("aggregation").asText(),
              n.path("crime_type").asText(),
              scaling,
              n.path("person_count").asBoolean("NUMBER".equals(unit))));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }
}
