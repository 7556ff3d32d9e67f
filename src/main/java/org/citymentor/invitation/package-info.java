/**
 * Invitations by e-mail to join a group or to coordinate a programme: single-use,
 * expiring links, and accepting them with a new or an existing account.
 */
package org.citymentor.invitation;
