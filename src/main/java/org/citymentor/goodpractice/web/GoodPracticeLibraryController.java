package org.citymentor.goodpractice.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citymentor.access.Access;
import org.citymentor.goodpractice.GoodPracticeHit;
import org.citymentor.goodpractice.GoodPracticeQuery;
import org.citymentor.goodpractice.GoodPracticeViewer;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Countries;
import org.citymentor.shared.web.Option;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library: every published sheet (and the drafts the person may edit), newest first,
 * or ranked by a full-text search, with filters. With htmx the search box updates the
 * results as the person types; without JavaScript the form is a plain GET.
 */
@Controller
class GoodPracticeLibraryController {

	private static final int MAX_QUERY_LENGTH = 200;

	private static final int MAX_NAME_LENGTH = 100;

	/**
	 * Above this many organisations the filter asks for part of a name instead of a list.
	 */
	static final int MAX_ORGANISATION_OPTIONS = 300;

	private final GoodPractices goodPractices;

	private final Organisations organisations;

	private final Themes themes;

	private final Access access;

	GoodPracticeLibraryController(GoodPractices goodPractices, Organisations organisations, Themes themes,
			Access access) {
		this.goodPractices = goodPractices;
		this.organisations = organisations;
		this.themes = themes;
		this.access = access;
	}

	@GetMapping("/good-practices")
	String list(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "theme", required = false) Long theme,
			@RequestParam(name = "country", required = false) String country,
			@RequestParam(name = "organisation", required = false) Long organisation,
			@RequestParam(name = "organisationName", required = false) String organisationName,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		String text = (q == null) ? "" : q.strip();
		if (text.length() > MAX_QUERY_LENGTH) {
			text = text.substring(0, MAX_QUERY_LENGTH);
		}
		String validCountry = Countries.isCountry(country) ? country : null;
		String ownerName = (organisationName == null) ? "" : organisationName.strip();
		if (ownerName.length() > MAX_NAME_LENGTH) {
			ownerName = ownerName.substring(0, MAX_NAME_LENGTH);
		}
		GoodPracticeQuery query = new GoodPracticeQuery(text, theme, validCountry, organisation, ownerName);
		GoodPracticeViewer viewer = new GoodPracticeViewer(user.isAdmin(),
				this.access.organisationOf(user).orElse(null));
		Page<GoodPracticeHit> results = this.goodPractices.search(query, viewer, page);
		Map<Long, OrganisationSummary> owners = this.organisations
			.summaries(results.getContent().stream().map(GoodPracticeHit::ownerOrganisationId).distinct().toList());
		model.addAttribute("results", results);
		model.addAttribute("owners", owners);
		model.addAttribute("themeLabels", this.themes.labels(
				results.getContent().stream().flatMap((hit) -> hit.themeIds().stream()).distinct().toList(), locale));
		model.addAttribute("q", text);
		model.addAttribute("theme", theme);
		model.addAttribute("country", validCountry);
		model.addAttribute("organisation", organisation);
		model.addAttribute("organisationName", ownerName);
		model.addAttribute("baseUrl", baseUrl(text, theme, validCountry, organisation, ownerName));
		model.addAttribute("mayCreate", this.access.mayCreateGoodPractice(user));
		if (htmx != null && historyRestore == null) {
			return "good-practices/list :: results";
		}
		model.addAttribute("themeOptions", this.themes.options(locale));
		model.addAttribute("countryOptions", countryOptions(locale));
		model.addAttribute("organisationOptions", organisationOptions(locale));
		return "good-practices/list";
	}

	private List<Option> countryOptions(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return this.goodPractices.publishedCountries()
			.stream()
			.map((code) -> new Option(code, Countries.countryName(code, locale)))
			.sorted(Comparator.comparing(Option::label, collator))
			.toList();
	}

	/**
	 * The organisations with published sheets as a list to choose from, or null when
	 * there are too many for a list (the page then asks for part of the name).
	 */
	private List<Option> organisationOptions(Locale locale) {
		List<Long> owners = this.goodPractices.publishingOrganisations(MAX_ORGANISATION_OPTIONS + 1);
		if (owners.size() > MAX_ORGANISATION_OPTIONS) {
			return null;
		}
		Collator collator = Collator.getInstance(locale);
		return this.organisations.summaries(owners)
			.values()
			.stream()
			.map((o) -> new Option(String.valueOf(o.id()), o.name()))
			.sorted(Comparator.comparing(Option::label, collator))
			.collect(Collectors.toList());
	}

	/** The list's address with its search and filters, ending in ? or & for the page. */
	private static String baseUrl(String text, Long theme, String country, Long organisation, String organisationName) {
		String url = UriComponentsBuilder.fromPath("/good-practices")
			.queryParamIfPresent("q", Optional.of(text).filter((value) -> !value.isEmpty()))
			.queryParamIfPresent("theme", Optional.ofNullable(theme))
			.queryParamIfPresent("country", Optional.ofNullable(country))
			.queryParamIfPresent("organisation", Optional.ofNullable(organisation))
			.queryParamIfPresent("organisationName", Optional.of(organisationName).filter((value) -> !value.isEmpty()))
			.build()
			.encode()
			.toUriString();
		return url + (url.contains("?") ? "&" : "?");
	}

}
