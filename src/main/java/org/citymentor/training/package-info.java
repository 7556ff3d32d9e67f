/**
 * Training sessions before the mentoring starts (chapter 4 of the guide): planning them
 * for a programme or a group, their agenda, attendance, materials (with the built-in key
 * points of mentoring) and what each participant expects.
 */
package org.citymentor.training;
