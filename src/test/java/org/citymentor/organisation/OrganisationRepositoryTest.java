package org.citymentor.organisation;

import java.util.List;

import org.citymentor.shared.database.EmbeddedDatabaseAutoConfiguration;
import org.citymentor.support.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's own JPQL queries, on PostgreSQL (the same database as every other
 * test).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(EmbeddedDatabaseAutoConfiguration.class)
@Import(TestInfrastructure.class)
@ActiveProfiles("test")
class OrganisationRepositoryTest {

	@Autowired
	OrganisationRepository repository;

	@Test
	void searchMatchesNameOrRegionCaseInsensitivelyAndCombinesFilters() {
		save("Zottegem-Test", OrganisationKind.CITY, "BE", "East Flanders");
		save("Zwalm-Test", OrganisationKind.CITY, "BE", "Flemish Ardennes");
		save("Zutphen-Test", OrganisationKind.CITY, "NL", "Gelderland");
		save("Zeeland Association-Test", OrganisationKind.ASSOCIATION, "NL", null);

		assertThat(names(this.repository.search("zottegem-t", null, "", page()))).containsExactly("Zottegem-Test");
		assertThat(names(this.repository.search("ardennes", null, "", page()))).containsExactly("Zwalm-Test");
		assertThat(names(this.repository.search("-test", OrganisationKind.CITY, "NL", page())))
			.containsExactly("Zutphen-Test");
		assertThat(names(this.repository.search("-test", null, "NL", page())))
			.containsExactly("Zeeland Association-Test", "Zutphen-Test");
	}

	@Test
	void searchPagesWithATotalCount() {
		for (int i = 0; i < 7; i++) {
			save("Paging-Test " + i, OrganisationKind.CITY, "FR", null);
		}
		Page<OrganisationSummary> first = this.repository.search("paging-test", null, "",
				PageRequest.of(0, 5, Sort.by("name")));
		assertThat(first.getTotalElements()).isEqualTo(7);
		assertThat(first.getContent()).hasSize(5);
		assertThat(this.repository.search("paging-test", null, "", PageRequest.of(1, 5, Sort.by("name"))).getContent())
			.extracting(OrganisationSummary::name)
			.containsExactly("Paging-Test 5", "Paging-Test 6");
	}

	@Test
	void anAssociationsMembersAndAMembersAssociationsAreFoundBothWays() {
		Organisation association = save("Members-Test Association", OrganisationKind.ASSOCIATION, "IT", null);
		Organisation city = save("Members-Test City", OrganisationKind.CITY, "IT", null);
		association.addMember(city.getId());
		this.repository.flush();
		assertThat(this.repository.associationsOf(city.getId())).extracting(OrganisationSummary::name)
			.containsExactly("Members-Test Association");
		assertThat(this.repository.summaries(List.of(city.getId(), association.getId())))
			.extracting(OrganisationSummary::name)
			.containsExactly("Members-Test Association", "Members-Test City");
	}

	private Organisation save(String name, OrganisationKind kind, String country, String region) {
		return this.repository
			.save(new Organisation(new OrganisationData(name, kind, country, region, null, List.of()), null));
	}

	private static PageRequest page() {
		return PageRequest.of(0, 20, Sort.by("name"));
	}

	private static List<String> names(Page<OrganisationSummary> page) {
		return page.getContent().stream().map(OrganisationSummary::name).toList();
	}

}
