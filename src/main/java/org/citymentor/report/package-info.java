/**
 * The programme report for funders: figures computed from a programme's data with
 * aggregate queries, filtered by period and theme, shown with SVG charts, printed and as
 * PDF. Counts and submitted or approved facts only, never notes or drafts.
 */
package org.citymentor.report;
