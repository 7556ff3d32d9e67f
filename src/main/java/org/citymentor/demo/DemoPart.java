package org.citymentor.demo;

import java.util.Map;

/**
 * A part of the demo data added by a later feature: loaded after the foundation's
 * organisations, people, programmes and groups, in
 * {@link org.springframework.core.annotation.Order}. A feature's demo class implements
 * it, so adding one touches no other demo class.
 */
interface DemoPart {

	/**
	 * Loads this part.
	 * @param org organisation ids by short name (as in {@link DemoOrganisations})
	 * @param people account ids by e-mail
	 */
	void create(Map<String, Long> org, Map<String, Long> people);

}
