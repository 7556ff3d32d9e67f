package org.citymentor.needs;

/**
 * Something the group should hear about happened to one of its forms (a needs analysis,
 * an action plan).
 *
 * @param mail the prefix of the e-mail's message keys, e.g. {@code mail.needs.}: the
 * subject is {@code <mail><what>.subject}, the body {@code <mail><what>.body}
 * @param what SUBMITTED, SHARED, COMMENTED (or another step the messages know)
 * @param path the address of the form
 */
public record GroupFormChanged(String mail, long groupId, String groupTitle, String city, String what, long actorId,
		String actorName, String path) {
}
