/**
 * Cities, municipalities, associations of cities, facilitators, agencies and NGOs, and
 * which cities an association represents.
 */
package org.citymentor.organisation;
