package org.citymentor.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citymentor.organisation.OrganisationData;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;

import org.springframework.stereotype.Component;

/** The cities, associations and facilitator of the source documents. */
@Component
class DemoOrganisations {

	private final Organisations organisations;

	DemoOrganisations(Organisations organisations) {
		this.organisations = organisations;
	}

	Map<String, Long> create() {
		Map<String, Long> ids = new HashMap<>();
		long cemr = association("Council of European Municipalities and Regions (CEMR)", "BE", "Europe",
				"https://www.ccre-cemr.org", "en", "fr");
		ids.put("CEMR", cemr);
		long vvsg = association("VVSG – Association of Flemish Cities and Municipalities", "BE", "Flanders",
				"https://www.vvsg.be", "nl", "en");
		ids.put("VVSG", vvsg);
		long aiccre = association("AICCRE", "IT", null, null, "it", "en");
		ids.put("AICCRE", aiccre);
		long afccre = association("AFCCRE", "FR", null, null, "fr", "en");
		ids.put("AFCCRE", afccre);
		long brulocalis = association("Brulocalis", "BE", "Brussels-Capital Region", null, "fr", "nl");
		ids.put("Brulocalis", brulocalis);
		long kede = association("KEDE – Central Union of Municipalities of Greece", "GR", null, null, "el", "en");
		ids.put("KEDE", kede);
		long femp = association("FEMP – Spanish Federation of Municipalities and Provinces", "ES", null, null, "es",
				"en");
		ids.put("FEMP", femp);
		long lalrg = association("LALRG – Latvian Association of Local and Regional Governments", "LV", null, null,
				"lv", "en");
		ids.put("LALRG", lalrg);
		long migrationWork = this.organisations.create(
				new OrganisationData("MigrationWork", OrganisationKind.FACILITATOR, "GB", null, null, List.of("en")),
				null);
		ids.put("MigrationWork", migrationWork);

		long capaci = city("Capaci", "IT", "Sicily", "it");
		ids.put("Capaci", capaci);
		long mechelen = city("Mechelen", "BE", "Flanders", "nl", "en", "fr");
		ids.put("Mechelen", mechelen);
		long saintJean = city("Saint-Jean-de-la-Ruelle", "FR", "Centre-Val de Loire", "fr");
		ids.put("Saint-Jean-de-la-Ruelle", saintJean);
		long brussels = city("City of Brussels", "BE", "Brussels-Capital Region", "fr", "nl", "en");
		ids.put("City of Brussels", brussels);
		long livadia = city("Livadia", "GR", "Central Greece", "el");
		ids.put("Livadia", livadia);
		long fuenlabrada = city("Fuenlabrada", "ES", "Community of Madrid", "es");
		ids.put("Fuenlabrada", fuenlabrada);
		long jelgava = city("Jelgava", "LV", "Zemgale", "lv", "en");
		ids.put("Jelgava", jelgava);
		long schaerbeek = city("Schaerbeek", "BE", "Brussels-Capital Region", "fr", "nl");
		ids.put("Schaerbeek", schaerbeek);
		long antwerp = city("Antwerp", "BE", "Flanders", "nl", "en");
		ids.put("Antwerp", antwerp);
		long ghent = city("Ghent", "BE", "Flanders", "nl", "en");
		ids.put("Ghent", ghent);
		long ostend = city("Ostend", "BE", "Flanders", "nl");
		ids.put("Ostend", ostend);
		long sintNiklaas = city("Sint-Niklaas", "BE", "Flanders", "nl");
		ids.put("Sint-Niklaas", sintNiklaas);
		long brasschaat = city("Brasschaat", "BE", "Flanders", "nl");
		ids.put("Brasschaat", brasschaat);
		long herent = city("Herent", "BE", "Flanders", "nl");
		ids.put("Herent", herent);
		long edegem = city("Edegem", "BE", "Flanders", "nl");
		ids.put("Edegem", edegem);
		ids.put("Tarija", city("Tarija", "BO", "Tarija Department", "es"));
		ids.put("Nimlaha'kok", city("Nimlaha'kok", "GT", "Alta Verapaz", "es"));
		ids.put("San Jerónimo", city("San Jerónimo", "PE", "Cusco", "es"));

		members(vvsg, mechelen, antwerp, ghent, ostend, sintNiklaas, brasschaat, herent, edegem);
		members(aiccre, capaci);
		members(afccre, saintJean);
		members(brulocalis, brussels, schaerbeek);
		members(kede, livadia);
		members(femp, fuenlabrada);
		members(lalrg, jelgava);
		return ids;
	}

	private long association(String name, String country, String region, String website, String... languages) {
		return this.organisations.create(
				new OrganisationData(name, OrganisationKind.ASSOCIATION, country, region, website, List.of(languages)),
				null);
	}

	private long city(String name, String country, String region, String... languages) {
		return this.organisations
			.create(new OrganisationData(name, OrganisationKind.CITY, country, region, null, List.of(languages)), null);
	}

	private void members(long association, long... cities) {
		for (long city : cities) {
			this.organisations.addMember(association, city);
		}
	}

}
