package org.citymentor.demo;

import java.util.List;

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

	Ids create() {
		long cemr = association("Council of European Municipalities and Regions (CEMR)", "BE", "Europe",
				"https://www.ccre-cemr.org", "en", "fr");
		long vvsg = association("VVSG – Association of Flemish Cities and Municipalities", "BE", "Flanders",
				"https://www.vvsg.be", "nl", "en");
		long aiccre = association("AICCRE", "IT", null, null, "it", "en");
		long afccre = association("AFCCRE", "FR", null, null, "fr", "en");
		long brulocalis = association("Brulocalis", "BE", "Brussels-Capital Region", null, "fr", "nl");
		long kede = association("KEDE – Central Union of Municipalities of Greece", "GR", null, null, "el", "en");
		long femp = association("FEMP – Spanish Federation of Municipalities and Provinces", "ES", null, null, "es",
				"en");
		long lalrg = association("LALRG – Latvian Association of Local and Regional Governments", "LV", null, null,
				"lv", "en");
		long migrationWork = this.organisations.create(
				new OrganisationData("MigrationWork", OrganisationKind.FACILITATOR, "GB", null, null, List.of("en")),
				null);

		long capaci = city("Capaci", "IT", "Sicily", "it");
		long mechelen = city("Mechelen", "BE", "Flanders", "nl", "en", "fr");
		long saintJean = city("Saint-Jean-de-la-Ruelle", "FR", "Centre-Val de Loire", "fr");
		long brussels = city("City of Brussels", "BE", "Brussels-Capital Region", "fr", "nl", "en");
		long livadia = city("Livadia", "GR", "Central Greece", "el");
		long fuenlabrada = city("Fuenlabrada", "ES", "Community of Madrid", "es");
		long jelgava = city("Jelgava", "LV", "Zemgale", "lv", "en");
		long schaerbeek = city("Schaerbeek", "BE", "Brussels-Capital Region", "fr", "nl");
		long antwerp = city("Antwerp", "BE", "Flanders", "nl", "en");
		long ghent = city("Ghent", "BE", "Flanders", "nl", "en");
		long ostend = city("Ostend", "BE", "Flanders", "nl");
		long sintNiklaas = city("Sint-Niklaas", "BE", "Flanders", "nl");
		long brasschaat = city("Brasschaat", "BE", "Flanders", "nl");
		long herent = city("Herent", "BE", "Flanders", "nl");
		long edegem = city("Edegem", "BE", "Flanders", "nl");
		city("Tarija", "BO", "Tarija Department", "es");
		city("Nimlaha'kok", "GT", "Alta Verapaz", "es");
		city("San Jerónimo", "PE", "Cusco", "es");

		members(vvsg, mechelen, antwerp, ghent, ostend, sintNiklaas, brasschaat, herent, edegem);
		members(aiccre, capaci);
		members(afccre, saintJean);
		members(brulocalis, brussels, schaerbeek);
		members(kede, livadia);
		members(femp, fuenlabrada);
		members(lalrg, jelgava);
		return new Ids(cemr, vvsg, migrationWork, capaci, mechelen, jelgava, schaerbeek);
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

	/** The organisations other demo data refers to. */
	record Ids(long cemr, long vvsg, long migrationWork, long capaci, long mechelen, long jelgava, long schaerbeek) {
	}

}
