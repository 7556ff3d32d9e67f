/**
 * The local support network of a city in a group (annex 5 of the guide): its members,
 * with their consent, and its meetings; contact details stay inside the group.
 */
package org.citymentor.supportnetwork;
