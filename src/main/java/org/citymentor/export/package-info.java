/**
 * Exports: a programme's data as CSV and XLSX spreadsheets written row by row, and the
 * full export of one group (its submitted forms as one PDF, its files as a ZIP). Every
 * export is logged in the activity history.
 */
package org.citymentor.export;
