/**
 * The mentor profile of an organisation (annex 3 part A): its policy areas, the practices
 * it can pass on and the actors it works with, reused in every group and programme.
 */
package org.citymentor.mentorprofile;
