package org.tipevidence.common.mse;

import java.io.Serializable;

/** A two-sided interval for the total population at a confidence level (e.g. 0.95). */
public record Interval(double lower, double upper, double level) implements Serializable {}
