package org.citymentor.organisation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.organisation.OrganisationDetails;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Countries;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organisation directory: list with search, detail, add, edit, association members.
 */
@Controller
class OrganisationController {

	private final Organisations organisations;

	private final Access access;

	private final MessageSource messages;

	OrganisationController(Organisations organisations, Access access, MessageSource messages) {
		this.organisations = organisations;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "kind", required = false) OrganisationKind kind,
			@RequestParam(name = "country", required = false) String country,
			@RequestParam(name = "page", defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		String validCountry = Countries.isCountry(country) ? country : null;
		model.addAttribute("page", this.organisations.search(query, kind, validCountry, page));
		model.addAttribute("q", query);
		model.addAttribute("kind", kind);
		model.addAttribute("country", validCountry);
		model.addAttribute("baseUrl",
				UriComponentsBuilder.fromPath("/organisations")
					.queryParamIfPresent("q", java.util.Optional.ofNullable(query).filter((q) -> !q.isBlank()))
					.queryParamIfPresent("kind", java.util.Optional.ofNullable(kind))
					.queryParamIfPresent("country", java.util.Optional.ofNullable(validCountry))
					.build()
					.encode()
					.toUriString()
						+ ((query != null && !query.isBlank()) || kind != null || validCountry != null ? "&" : "?"));
		model.addAttribute("mayCreate", this.access.mayCreateOrganisation(user));
		addChoices(model, locale);
		return "organisations/list";
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		OrganisationDetails details = this.organisations.details(id);
		model.addAttribute("organisation", details);
		boolean mayEdit = this.access.mayEditOrganisation(user, id);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit && details.kind() == OrganisationKind.ASSOCIATION) {
			model.addAttribute("memberCandidates", this.organisations.memberCandidates(id));
		}
		return "organisations/detail";
	}

	@GetMapping("/organisations/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		requireCreate(user);
		model.addAttribute("form", new OrganisationForm());
		addChoices(model, locale);
		return "organisations/form";
	}

	@PostMapping("/organisations")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		requireCreate(user);
		validate(form, result);
		if (!result.hasFieldErrors("name") && !result.hasFieldErrors("country")
				&& this.organisations.nameTaken(form.getName(), form.getCountry())) {
			result.rejectValue("name", "organisation.name.taken");
		}
		if (result.hasErrors()) {
			addChoices(model, locale);
			return "organisations/form";
		}
		long id = this.organisations.create(form.toData(), user.id());
		redirect.addFlashAttribute("notice", "notice.organisationSaved");
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/organisations/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		OrganisationDetails details = this.organisations.details(id);
		this.access.requireEditOrganisation(user, id);
		model.addAttribute("organisation", details);
		model.addAttribute("form", OrganisationForm.from(details));
		addChoices(model, locale);
		return "organisations/form";
	}

	@PostMapping("/organisations/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		OrganisationDetails details = this.organisations.details(id);
		this.access.requireEditOrganisation(user, id);
		validate(form, result);
		if (!result.hasErrors()) {
			try {
				this.organisations.update(id, form.getVersion(), form.toData());
				redirect.addFlashAttribute("notice", "notice.organisationSaved");
				return "redirect:/organisations/" + id;
			}
			catch (StaleEditException ex) {
				model.addAttribute("conflict", details);
				form.setVersion(details.version());
			}
		}
		model.addAttribute("organisation", details);
		addChoices(model, locale);
		return "organisations/form";
	}

	@PostMapping("/organisations/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(name = "memberId", required = false) Long memberId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.organisations.details(id);
		this.access.requireEditOrganisation(user, id);
		if (memberId == null) {
			redirect.addFlashAttribute("memberError", "organisation.member.required");
			return "redirect:/organisations/" + id + "#members";
		}
		this.organisations.addMember(id, memberId);
		redirect.addFlashAttribute("notice", "notice.memberAdded");
		return "redirect:/organisations/" + id + "#members";
	}

	@PostMapping("/organisations/{id}/members/{memberId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.organisations.details(id);
		this.access.requireEditOrganisation(user, id);
		this.organisations.removeMember(id, memberId);
		redirect.addFlashAttribute("notice", "notice.memberRemoved");
		return "redirect:/organisations/" + id + "#members";
	}

	private void requireCreate(CurrentUser user) {
		if (!this.access.mayCreateOrganisation(user)) {
			throw new ForbiddenException();
		}
	}

	private void validate(OrganisationForm form, BindingResult result) {
		if (!result.hasFieldErrors("country") && form.getCountry() != null && !form.getCountry().isBlank()
				&& !Countries.isCountry(form.getCountry())) {
			result.rejectValue("country", "organisation.country.required");
		}
		if (form.getLanguages().stream().anyMatch((code) -> !Countries.isLanguage(code))) {
			result.rejectValue("languages", "organisation.languages.invalid");
		}
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("kinds", kindOptions(locale));
		model.addAttribute("countries", Countries.countryOptions(locale));
		model.addAttribute("languageOptions", Countries.languageOptions(locale));
	}

	private List<Option> kindOptions(Locale locale) {
		return Arrays.stream(OrganisationKind.values())
			.map((kind) -> new Option(kind.name(),
					this.messages.getMessage("organisation.kind." + kind.name(), null, locale)))
			.toList();
	}

}
