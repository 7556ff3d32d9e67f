/**
 * The large data set of the benchmark (issue 10): loaded by bulk SQL on top of the demo
 * data when the app runs with the Spring profile {@code large-data}, never otherwise.
 */
package org.citymentor.largedata;
