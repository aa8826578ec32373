package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code $.indicators} as Jackson binds it, after {@link EntryShape} has checked its
 * JSON shape: each field is the value as written, or null when absent or already reported. The
 * optional progress fields are read by {@link ProgressFields}, which checks their ranges.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MappingEntryJson(
    @JsonProperty("local_code") String localCode,
    @JsonProperty("name") String name,
    @JsonProperty("sdg_indicator") String sdgIndicator,
    @JsonProperty("series_code") String seriesCode,
    @JsonProperty("unit") String unit,
    @JsonProperty("direction") String direction,
    @JsonProperty("aggregation") String aggregation,
    @JsonProperty("crime_type") String crimeType,
    @JsonProperty("scaling") String scaling,
    @JsonProperty("person_count") Boolean personCount) {}
