package org.citymentor.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as kept in the session. */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private String passwordHash;

	private final boolean enabled;

	public CurrentUser(long id, String email, String displayName, Role role, String passwordHash, boolean enabled) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String displayName() {
		return this.displayName;
	}

	public Role role() {
		return this.role;
	}

	/**
	 * The same person under a new name, for the session after they renamed themselves.
	 */
	public CurrentUser withDisplayName(String newDisplayName) {
		return new CurrentUser(this.id, this.email, newDisplayName, this.role, this.passwordHash, this.enabled);
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	public boolean isCoordinator() {
		return this.role == Role.COORDINATOR;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** Drops the hash once authentication is done, so it never sits in a session. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.id + "]";
	}

}
