package org.citymentor.invitation;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.account.AccountService;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.GroupData;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.programme.ProgrammeData;
import org.citymentor.programme.ProgrammeFormat;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Programmes, groups, people and e-mails for the invitation tests. Every test makes its
 * own programme with its own coordinator, group and people, so what the demo accounts
 * coordinate and belong to stays as the other tests expect it.
 */
final class InvitationFixtures {

	static final String PASSWORD = "citymentor-demo";

	static final String STRONG_PASSWORD = "violet harbour lantern seventeen";

	private static final Pattern LINK = Pattern.compile("http://localhost:8080/invitations/([A-Za-z0-9_-]+)");

	private static final Actor SETUP = new Actor(null, "Test set-up");

	private final JdbcClient jdbc;

	private final Groups groups;

	private final AccountService accounts;

	private final GroupMembers members;

	private final GreenMail greenMail;

	private final Programmes programmes;

	InvitationFixtures(JdbcClient jdbc, Groups groups, Programmes programmes, AccountService accounts,
			GroupMembers members, GreenMail greenMail) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.programmes = programmes;
		this.accounts = accounts;
		this.members = members;
		this.greenMail = greenMail;
	}

	long organisation(String name) {
		return id("select id from organisation where name = ?", name);
	}

	long userId(String email) {
		return id("select id from app_user where lower(email) = lower(?)", email);
	}

	/**
	 * A new programme with a new coordinator, and a group in it with Capaci on the mentee
	 * side and Mechelen on the mentor side.
	 */
	TestGroup group(String title) {
		String coordinator = email("coordinator");
		long coordinatorId = account(coordinator, Role.COORDINATOR, "en");
		String programmeName = "Invitations " + title + " " + unique();
		long programme = this.programmes.createProgramme(
				new ProgrammeData(programmeName, organisation("Council of European Municipalities and Regions (CEMR)"),
						null, null, null, null, ProgrammeFormat.BILATERAL, 3, Set.of(), Set.of()),
				List.of(coordinatorId));
		long id = this.groups.createGroup(programme, new GroupData(title + " " + unique(), null, null, null,
				GroupStatus.FORMING, Set.of(), Set.of("en"), null, null, null, null, null), SETUP);
		long mentee = this.groups.addParticipant(id, organisation("Capaci"), ParticipantSide.MENTEE,
				ParticipantRole.CITY, "Capaci", SETUP);
		long mentor = this.groups.addParticipant(id, organisation("Mechelen"), ParticipantSide.MENTOR,
				ParticipantRole.CITY, "Mechelen", SETUP);
		return new TestGroup(id, programme, programmeName, mentee, mentor, coordinator);
	}

	String email(String prefix) {
		return prefix + "-" + unique() + "@invite.example.org";
	}

	long account(String email, Role role, String language) {
		return this.accounts.createAccount(email, "Test " + email.substring(0, email.indexOf('@')), role, language,
				null, PASSWORD);
	}

	/** A new member account in the group, on the mentee side. */
	String member(TestGroup group) {
		String email = email("member");
		long userId = account(email, Role.MEMBER, "en");
		this.members.add(group.id(), group.menteeParticipant(), userId, MemberRole.OFFICER);
		return email;
	}

	List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch((address) -> address.toString().equalsIgnoreCase(email));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The token of the newest invitation e-mail to the address. */
	String token(String email) {
		List<MimeMessage> mails = mailsTo(email);
		if (mails.isEmpty()) {
			throw new AssertionError("no e-mail to " + email);
		}
		Matcher matcher = LINK.matcher(body(mails.get(mails.size() - 1)));
		if (!matcher.find()) {
			throw new AssertionError("no invitation link in the e-mail to " + email);
		}
		return matcher.group(1);
	}

	static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long id(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A group of the tests with its programme, its two participants and its coordinator.
	 */
	record TestGroup(long id, long programmeId, String programmeName, long menteeParticipant, long mentorParticipant,
			String coordinatorEmail) {
	}

}
