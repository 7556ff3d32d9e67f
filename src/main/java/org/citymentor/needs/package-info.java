/**
 * The needs analysis of a mentee participant (annex 2 of the guide): its questions, who
 * may fill and read it, and its step in the group's journey.
 */
package org.citymentor.needs;
