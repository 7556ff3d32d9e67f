/**
 * Who may do what to which thing: memberships (programme coordinators now, group members
 * later) and the one authorisation service every controller asks. Calls no other module.
 */
package org.citymentor.access;
