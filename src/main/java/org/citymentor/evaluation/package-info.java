/**
 * The close of a group: each side's evaluation, the coordinator's closing summary,
 * lessons learned published across programmes, and short anonymous pulse surveys.
 */
package org.citymentor.evaluation;
