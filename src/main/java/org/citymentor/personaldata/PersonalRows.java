package org.citymentor.personaldata;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Small SQL helpers for holders: rows as JSON-able maps, and a person's name and e-mail
 * address replaced in text columns. Table and column names come from the holders' code,
 * never from input.
 */
public final class PersonalRows {

	private PersonalRows() {
	}

	/** The rows of a query, each a map from column label to a plain value. */
	public static List<Map<String, Object>> rows(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(PersonalRows::row).list();
	}

	/**
	 * Replaces the person's name and e-mail address (ignoring case) with the label
	 * wherever they occur in these text or jsonb columns of the table; rows without them
	 * are not touched.
	 */
	public static void scrub(JdbcClient jdbc, DataSubject person, String label, String table, String... columns) {
		for (String column : columns) {
			String scrubbed = "personal_data_scrub(personal_data_scrub(" + column + ", :name, :label), :email, :label)";
			jdbc.sql("update " + table + " set " + column + " = " + scrubbed + " where " + column + " is distinct from "
					+ scrubbed)
				.param("name", person.displayName())
				.param("email", person.email())
				.param("label", label)
				.update();
		}
	}

	private static Map<String, Object> row(ResultSet rs, int n) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			Object value = rs.getObject(i);
			if (value instanceof Timestamp timestamp) {
				value = timestamp.toInstant().toString();
			}
			else if (value instanceof java.sql.Date date) {
				value = date.toLocalDate().toString();
			}
			else if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
				value = value.toString();
			}
			row.put(meta.getColumnLabel(i), value);
		}
		return row;
	}

}
