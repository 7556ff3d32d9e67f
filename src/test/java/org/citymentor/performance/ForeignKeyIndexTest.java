package org.citymentor.performance;

import java.util.List;

import org.citymentor.support.CityMentorTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every foreign key has an index whose leading columns are the key's columns, so that
 * reading a parent's children and deleting a parent never scan the child table. Fails
 * with the list of keys without one.
 */
@CityMentorTest
class ForeignKeyIndexTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyForeignKeyHasAnIndexLeadingWithItsColumns() {
		assertThat(unindexedForeignKeys()).as("foreign keys without an index that leads with their columns").isEmpty();
	}

	@Test
	@Transactional
	void theCheckSeesAForeignKeyWithoutAnIndex() {
		// temporary tables in the test's transaction: one connection, gone at rollback
		this.jdbc.sql("create temporary table fk_parent (id bigint primary key)").update();
		this.jdbc
			.sql("create temporary table fk_probe (id bigint primary key, "
					+ "group_id bigint references fk_parent (id), theme_id bigint references fk_parent (id))")
			.update();
		this.jdbc.sql("create index on fk_probe (theme_id, group_id)").update();
		assertThat(unindexedForeignKeys()).anyMatch((key) -> key.endsWith("fk_probe (group_id)"))
			.noneMatch((key) -> key.contains("theme_id"));
	}

	private List<String> unindexedForeignKeys() {
		return this.jdbc.sql("""
				select c.conrelid::regclass::text || ' (' || string_agg(a.attname, ', ' order by k.n) || ')'
				from pg_constraint c
				cross join lateral unnest(c.conkey) with ordinality as k (attnum, n)
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
				where c.contype = 'f'
				  and c.connamespace in ('public'::regnamespace, pg_my_temp_schema())
				  and not exists (
				      select 1 from pg_index i
				      where i.indrelid = c.conrelid and i.indpred is null
				        and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
				        and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
				group by c.conrelid, c.conname
				order by 1
				""").query(String.class).list();
	}

}
