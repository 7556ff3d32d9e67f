package org.citymentor.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.security.Role;

@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String preferredLanguage;

	private Long organisationId;

	private boolean enabled = true;

	private boolean formNotices = true;

	private boolean planReminders = true;

	private boolean visitReminders = true;

	private boolean noteReminders = true;

	private boolean followUpReminders = true;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected AppUser() {
	}

	AppUser(String email, String displayName, Role role, String preferredLanguage, Long organisationId) {
		this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
		this.displayName = displayName.trim();
		this.role = role;
		this.preferredLanguage = preferredLanguage;
		this.organisationId = organisationId;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Role getRole() {
		return this.role;
	}

	String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean hasPassword() {
		return this.passwordHash != null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void rename(String displayName) {
		this.displayName = displayName.trim();
	}

	void receiveFormNotices(boolean wanted) {
		this.formNotices = wanted;
	}

	boolean isFormNotices() {
		return this.formNotices;
	}

	void receivePlanReminders(boolean wanted) {
		this.planReminders = wanted;
	}

	boolean isPlanReminders() {
		return this.planReminders;
	}

	void receiveVisitReminders(boolean wanted) {
		this.visitReminders = wanted;
	}

	boolean isVisitReminders() {
		return this.visitReminders;
	}

	void receiveNoteReminders(boolean wanted) {
		this.noteReminders = wanted;
	}

	boolean isNoteReminders() {
		return this.noteReminders;
	}

	void receiveFollowUpReminders(boolean wanted) {
		this.followUpReminders = wanted;
	}

	boolean isFollowUpReminders() {
		return this.followUpReminders;
	}

	void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	/** Members become coordinators; administrators keep their wider role. */
	void promoteToCoordinator() {
		if (this.role == Role.MEMBER) {
			this.role = Role.COORDINATOR;
		}
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.email, this.displayName, this.role, this.passwordHash, this.enabled);
	}

}
