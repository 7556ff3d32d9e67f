/**
 * Personal data: a person's download of everything CityMentor holds about them, the
 * erasure of a person by an administrator, the retention of closed groups' contact data,
 * and the privacy page.
 */
package org.citymentor.privacy;
