/**
 * Mentoring programmes: who runs them, their format, themes, the steps of the journey
 * they use, and the managed list of themes.
 */
package org.citymentor.programme;
