/**
 * The good-practice library (annex 4 of the guide): sheets an organisation writes about
 * an initiative that worked for it, their files, and the full-text search over them.
 */
package org.citymentor.goodpractice;
