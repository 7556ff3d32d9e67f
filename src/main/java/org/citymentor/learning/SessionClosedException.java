package org.citymentor.learning;

/** Registering is closed: the session is cancelled or past its deadline. */
public class SessionClosedException extends RuntimeException {

	private final Registrations.Closed reason;

	SessionClosedException(Registrations.Closed reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Registrations.Closed reason() {
		return this.reason;
	}

}
