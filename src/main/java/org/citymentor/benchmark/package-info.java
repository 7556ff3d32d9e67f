/**
 * Thematic benchmarks (key factors and context factors per theme, versioned) and the
 * cities' self-assessments against them, with the focus each city chooses.
 */
package org.citymentor.benchmark;
