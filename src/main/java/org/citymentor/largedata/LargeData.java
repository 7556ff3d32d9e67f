package org.citymentor.largedata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citymentor.actionplan.PlanSnapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the large data set once, after the demo data: 100 programmes (one with 300
 * groups), 10,000 organisations, 3,000 groups, 30,000 people, 20,000 submitted form
 * versions, 10,000 good practices, 15,000 visits, 100,000 actions and 300,000 progress
 * updates, by the bulk SQL of {@code largedata/large-data.sql} in one transaction. Every
 * account of it has the password {@link #PASSWORD}. Writes the addresses the benchmark
 * asks for to {@code large-data.properties} in the data directory.
 */
@Component
@Profile("large-data")
@Order(20)
class LargeData implements ApplicationRunner {

	static final String PASSWORD = "citymentor-large";

	static final String COORDINATOR = "coordinator1@large.example.org";

	private static final Logger log = LoggerFactory.getLogger(LargeData.class);

	private static final List<String> COUNTED = List.of("programme", "organisation", "mentoring_group", "app_user",
			"form_version", "good_practice", "visit", "visit_agenda_item", "visit_note", "plan_action",
			"plan_progress");

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transaction;

	private final PasswordEncoder passwords;

	private final PlanSnapshots snapshots;

	private final Path directory;

	LargeData(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
			PasswordEncoder passwords, PlanSnapshots snapshots,
			@Value("${citymentor.embedded-database.directory}") String directory) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.transaction = new TransactionTemplate(transactions);
		this.passwords = passwords;
		this.snapshots = snapshots;
		this.directory = Path.of(directory);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (loaded()) {
			log.info("Large data: already loaded");
		}
		else {
			long start = System.nanoTime();
			this.transaction.executeWithoutResult((status) -> load());
			log.info("Large data: loaded in {} s", (System.nanoTime() - start) / 1_000_000_000);
		}
		for (String table : COUNTED) {
			log.info("Large data: {} rows in {}",
					this.jdbc.sql("select count(*) from " + table).query(Long.class).single(), table);
		}
		writeAddresses();
	}

	private boolean loaded() {
		return this.jdbc.sql("select count(*) from app_user where email = ?")
			.param(COORDINATOR)
			.query(Long.class)
			.single() > 0;
	}

	private void load() {
		for (String statement : statements()) {
			long start = System.nanoTime();
			this.jdbcTemplate.execute(statement);
			long millis = (System.nanoTime() - start) / 1_000_000;
			if (millis > 1000) {
				log.info("Large data: {} ms for {}", millis, statement.lines().findFirst().orElse(""));
			}
		}
		// one hash for every account: hashing 30,000 times would take minutes
		this.jdbc.sql("update app_user set password_hash = ? where email like '%@large.example.org'")
			.param(this.passwords.encode(PASSWORD))
			.update();
		// the submitted versions of the action plans hold their content as it was, as the
		// app does
		List<Map<String, Object>> versions = this.jdbc.sql("""
				select v.id, v.document_id from form_version v join form_document d on d.id = v.document_id
				where d.kind = 'ACTION_PLAN' and v.submitted_by like 'Lead officer %'
				and not exists (select 1 from plan_version p where p.version_id = v.id)
				""").query().listOfRows();
		for (Map<String, Object> version : versions) {
			this.snapshots.freeze(((Number) version.get("document_id")).longValue(),
					((Number) version.get("id")).longValue(), null);
		}
	}

	private static List<String> statements() {
		String script;
		try {
			script = new ClassPathResource("largedata/large-data.sql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.lines().toList()) {
			if (line.isBlank() || line.startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.endsWith(";")) {
				statements.add(current.substring(0, current.lastIndexOf(";")));
				current.setLength(0);
			}
		}
		return statements;
	}

	/**
	 * The programme, group and participant the benchmark's pages are about, and who signs
	 * in.
	 */
	private void writeAddresses() {
		long programme = this.jdbc.sql("""
				select c.programme_id from programme_coordinator c join app_user u on u.id = c.user_id
				where u.email = ?""").param(COORDINATOR).query(Long.class).single();
		long group = this.jdbc.sql("select min(id) from mentoring_group where programme_id = ?")
			.param(programme)
			.query(Long.class)
			.single();
		Map<String, Object> mentee = this.jdbc.sql("""
				select p.id, (select u.email from group_member m join app_user u on u.id = m.user_id
				              where m.participant_id = p.id and m.role = 'LEAD_OFFICER' order by m.id limit 1) as email
				from group_participant p where p.group_id = ? and p.side = 'MENTEE' and p.role = 'CITY'""")
			.param(group)
			.query()
			.singleRow();
		String properties = String.join("\n", "programme=" + programme, "group=" + group,
				"participant=" + mentee.get("id"), "coordinator=" + COORDINATOR, "member=" + mentee.get("email"),
				"password=" + PASSWORD, "");
		try {
			Files.createDirectories(this.directory);
			Files.writeString(this.directory.resolve("large-data.properties"), properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
