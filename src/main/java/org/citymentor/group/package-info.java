/**
 * Mentoring groups: their participants (organisations on a side, with a role), the
 * journey as a task list, and the coordinator's overview of a programme's groups.
 */
package org.citymentor.group;
