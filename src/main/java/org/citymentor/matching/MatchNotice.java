package org.citymentor.matching;

import java.util.List;

/**
 * An e-mail to send once the change is saved: to the people, a {@code matching.mail.}
 * kind, with the mentee's and the mentor's names and a path in the application.
 */
record MatchNotice(List<Long> userIds, String kind, String mentee, String mentor, String path) {
}
