/**
 * Calls for cities within a programme, their applications, explained mentor suggestions
 * and the matches a coordinator drafts, confirms and publishes.
 */
package org.citymentor.matching;
