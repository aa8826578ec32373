package org.tipevidence.jobs.validate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Small dimension tables the row rules look up, each broadcast to every task.
 *
 * @param programmes accepted programmes: p_programme_id, p_crime_type, p_countries (array),
 *     p_start_date, p_end_date, p_lead_agency, p_pillar
 * @param mapping m_local_code, m_unit, m_crime_type, m_scaling and the SDG columns
 * @param population pop_country, pop_year, population
 */
public record ReferenceData(
    Dataset<Row> programmes, Dataset<Row> mapping, Dataset<Row> population) {}
