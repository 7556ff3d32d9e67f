package org.citymentor;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: no cycles between modules, and no module reaching into another's
 * internals (architecture.md, habit 2).
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(CityMentorApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	/** Guards the check above against passing because no modules were found. */
	@Test
	void theModulesOfTheArchitectureAreDetected() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("access",
				"account", "organisation", "shared");
	}

}
