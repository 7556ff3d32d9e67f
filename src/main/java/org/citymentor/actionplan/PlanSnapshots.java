package org.citymentor.actionplan;

import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts and actions of each submitted version, kept as they were when submitted (a
 * JSON snapshot that the database refuses to change).
 */
@Service
@Transactional
public class PlanSnapshots {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PlanActions actions;

	PlanSnapshots(JdbcClient jdbc, PlanActions actions) {
		this.jdbc = jdbc;
		this.actions = actions;
	}

	/** Freezes the draft's parts and actions as the content of a submitted version. */
	public void freeze(long documentId, long versionId, String amendmentReason) {
		String json = JSON.writeValueAsString(this.actions.content(documentId));
		this.jdbc
			.sql("insert into plan_version (version_id, content, amendment_reason) values (?, cast(? as jsonb), ?)")
			.params(versionId, json, amendmentReason)
			.update();
	}

	@Transactional(readOnly = true)
	public PlanContent content(long versionId) {
		return this.jdbc.sql("select content::text from plan_version where version_id = ?")
			.param(versionId)
			.query(String.class)
			.optional()
			.map((json) -> JSON.readValue(json, PlanContent.class))
			.orElse(PlanContent.EMPTY);
	}

	@Transactional(readOnly = true)
	public Optional<String> amendmentReason(long versionId) {
		return this.jdbc.sql("select amendment_reason from plan_version where version_id = ?")
			.param(versionId)
			.query(String.class)
			.optional();
	}

}
