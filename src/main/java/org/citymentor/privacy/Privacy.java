package org.citymentor.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citymentor.personaldata.DataSubject;
import org.citymentor.personaldata.FormerMember;
import org.citymentor.personaldata.PersonalDataHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data as every module holds it, and its erasure. Each module answers for its
 * own tables through {@link PersonalDataHolder}; this service only asks them all.
 */
@Service
public class Privacy {

	private static final Logger log = LoggerFactory.getLogger(Privacy.class);

	private final List<PersonalDataHolder> holders;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Privacy(List<PersonalDataHolder> holders, JdbcClient jdbc, JsonMapper json) {
		this.holders = holders;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public Optional<Person> person(long userId) {
		return this.jdbc
			.sql("select id, display_name, email, role, enabled, password_hash is not null as can_sign_in "
					+ "from app_user where id = ?")
			.param(userId)
			.query((rs, n) -> new Person(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getString("role"), rs.getBoolean("enabled"), rs.getBoolean("can_sign_in")))
			.optional();
	}

	/** Every module's section, in a stable order. */
	@Transactional(readOnly = true)
	public Map<String, Map<String, Object>> export(long userId) {
		DataSubject subject = subject(userId);
		Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
		this.holders.stream()
			.sorted(java.util.Comparator.comparing(PersonalDataHolder::section))
			.forEach((holder) -> sections.put(holder.section(), holder.export(subject)));
		return sections;
	}

	/** The download as one JSON document, written as it goes. */
	@Transactional(readOnly = true)
	public void writeJson(long userId, OutputStream out) throws IOException {
		try (JsonGenerator generator = this.json.createGenerator(out, JsonEncoding.UTF8)) {
			generator.writeStartObject();
			generator.writeStringProperty("format", "CityMentor personal data, version 1");
			for (Map.Entry<String, Map<String, Object>> section : export(userId).entrySet()) {
				generator.writeName(section.getKey());
				generator.writePOJO(section.getValue());
			}
			generator.writeEndObject();
		}
	}

	/**
	 * Erases a person: every module replaces their name and contact data with the
	 * former-member label and keeps what they wrote; the account can never sign in again.
	 * @throws ErasureRefusedException for oneself and for the last administrator
	 */
	@Transactional
	public void erase(long userId, long erasedById) {
		Person person = person(userId).orElseThrow(org.citymentor.shared.web.NotFoundException::new);
		if ("ADMIN".equals(person.role())) {
			// one administrator erasing another waits for any other such erasure, so two
			// administrators cannot erase each other at once
			this.jdbc.sql("select pg_advisory_xact_lock(2107)").query((rs, n) -> 1).single();
		}
		refusal(userId, erasedById).ifPresent((key) -> {
			throw new ErasureRefusedException(key);
		});
		this.jdbc.sql("select set_config('citymentor.erasing', 'on', true)").query(String.class).single();
		DataSubject subject = new DataSubject(person.id(), person.displayName(), person.email());
		for (PersonalDataHolder holder : this.holders) {
			holder.erase(subject, FormerMember.LABEL);
		}
		this.jdbc.sql("select set_config('citymentor.erasing', '', true)").query(String.class).single();
		this.jdbc.sql("insert into personal_data_erasure (erased_user_id, erased_by_id) values (?, ?)")
			.params(userId, erasedById)
			.update();
		log.info("Erased the personal data of account {} (by account {})", userId, erasedById);
	}

	/** Why this person may not be erased by this administrator, as a message key. */
	@Transactional(readOnly = true)
	public Optional<String> refusal(long userId, long erasedById) {
		if (userId == erasedById) {
			return Optional.of("privacy.erase.refused.self");
		}
		boolean lastAdministrator = this.jdbc.sql("""
				select u.role = 'ADMIN' and not exists (
				    select 1 from app_user o where o.role = 'ADMIN' and o.enabled and o.id <> u.id)
				from app_user u where u.id = ?
				""").param(userId).query(Boolean.class).optional().orElse(false);
		return lastAdministrator ? Optional.of("privacy.erase.refused.lastAdmin") : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Optional<Long> findByEmail(String email) {
		return this.jdbc.sql("select id from app_user where lower(email) = lower(?)")
			.param(email)
			.query(Long.class)
			.optional();
	}

	/** Whether the account was erased, and when. */
	@Transactional(readOnly = true)
	public Optional<java.time.Instant> erasedAt(long userId) {
		return this.jdbc.sql("select max(erased_at) from personal_data_erasure where erased_user_id = ?")
			.param(userId)
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(java.sql.Timestamp::toInstant);
	}

	private DataSubject subject(long userId) {
		Person person = person(userId).orElseThrow(org.citymentor.shared.web.NotFoundException::new);
		return new DataSubject(person.id(), person.displayName(), person.email());
	}

	/** A person as the privacy pages show them. */
	public record Person(long id, String displayName, String email, String role, boolean enabled, boolean canSignIn) {
	}

}
