package org.citymentor.goodpractice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import org.citymentor.access.Access;
import org.citymentor.goodpractice.GoodPracticeDetails;
import org.citymentor.goodpractice.GoodPracticeField;
import org.citymentor.goodpractice.GoodPractices;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Themes;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.Countries;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;
import org.citymentor.shared.web.SupportedLanguages;

import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A good-practice sheet: start one, read it, edit it, publish it or take it back, delete
 * a draft.
 */
@Controller
class GoodPracticeController {

	private final GoodPractices goodPractices;

	private final GoodPracticePage page;

	private final Organisations organisations;

	private final Themes themes;

	private final Access access;

	GoodPracticeController(GoodPractices goodPractices, GoodPracticePage page, Organisations organisations,
			Themes themes, Access access) {
		this.goodPractices = goodPractices;
		this.page = page;
		this.organisations = organisations;
		this.themes = themes;
		this.access = access;
	}

	/**
	 * A link's address or label may hold a comma: keep a single value whole instead of
	 * splitting it into rows.
	 */
	@InitBinder("form")
	void keepCommas(WebDataBinder binder) {
		binder.registerCustomEditor(List.class, "linkUrls", new CustomCollectionEditor(List.class));
		binder.registerCustomEditor(List.class, "linkLabels", new CustomCollectionEditor(List.class));
	}

	@GetMapping("/good-practices/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Option> choices = organisationChoices(user);
		NewGoodPracticeForm form = new NewGoodPracticeForm();
		if (choices.size() == 1) {
			form.setOrganisationId(Long.valueOf(choices.get(0).value()));
		}
		model.addAttribute("form", form);
		model.addAttribute("organisationChoices", choices);
		return "good-practices/new";
	}

	@PostMapping("/good-practices")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") NewGoodPracticeForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		List<Option> choices = organisationChoices(user);
		if (form.getOrganisationId() != null && !this.access.mayActForOrganisation(user, form.getOrganisationId())) {
			result.rejectValue("organisationId", "goodPractice.organisation.invalid");
		}
		if (result.hasErrors()) {
			model.addAttribute("organisationChoices", choices);
			return "good-practices/new";
		}
		String language = SupportedLanguages.isSupported(locale.getLanguage()) ? locale.getLanguage()
				: SupportedLanguages.DEFAULT;
		long id = this.goodPractices.startDraft(form.getOrganisationId(), form.getTitle(), Set.of(language), user.id());
		redirect.addFlashAttribute("notice", "notice.goodPracticeCreated");
		return "redirect:/good-practices/" + id + "/edit";
	}

	@GetMapping("/good-practices/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		return this.page.show(id, user, model, locale);
	}

	@GetMapping("/good-practices/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		this.access.requireEditGoodPractice(user, id);
		GoodPracticeDetails sheet = this.goodPractices.details(id);
		GoodPracticeForm form = GoodPracticeForm.from(sheet);
		model.addAttribute("form", form);
		return editPage(sheet, form, model, locale);
	}

	@PostMapping("/good-practices/{id}/edit")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("form") GoodPracticeForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.access.requireEditGoodPractice(user, id);
		GoodPracticeDetails sheet = this.goodPractices.details(id);
		form.validate(result, this.themes::allExist);
		if (!result.hasErrors()) {
			try {
				this.goodPractices.update(id, form.getVersion(), form.toData(), user.id());
				redirect.addFlashAttribute("notice", "notice.goodPracticeSaved");
				return "redirect:/good-practices/" + id;
			}
			catch (StaleEditException ex) {
				model.addAttribute("conflicts", conflicts(sheet, form));
				form.setVersion(sheet.version());
			}
		}
		return editPage(sheet, form, model, locale);
	}

	@PostMapping("/good-practices/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireEditGoodPractice(user, id);
		List<GoodPracticeField> missing = this.goodPractices.publish(id, user.id());
		if (missing.isEmpty()) {
			redirect.addFlashAttribute("notice", "notice.goodPracticePublished");
		}
		else {
			redirect.addFlashAttribute("publishRefused", true);
		}
		return "redirect:/good-practices/" + id;
	}

	@PostMapping("/good-practices/{id}/unpublish")
	String unpublish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireEditGoodPractice(user, id);
		this.goodPractices.unpublish(id, user.id());
		redirect.addFlashAttribute("notice", "notice.goodPracticeUnpublished");
		return "redirect:/good-practices/" + id;
	}

	/** Asks before a draft is deleted: it cannot be undone. */
	@GetMapping("/good-practices/{id}/delete")
	String confirmDelete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		this.access.requireEditGoodPractice(user, id);
		GoodPracticeDetails sheet = this.goodPractices.details(id);
		if (!sheet.isDraft()) {
			return "redirect:/good-practices/" + id;
		}
		model.addAttribute("sheet", sheet);
		return "good-practices/delete";
	}

	@PostMapping("/good-practices/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.access.requireEditGoodPractice(user, id);
		if (!this.goodPractices.deleteDraft(id)) {
			redirect.addFlashAttribute("deleteRefused", true);
			return "redirect:/good-practices/" + id;
		}
		redirect.addFlashAttribute("notice", "notice.goodPracticeDeleted");
		return "redirect:/good-practices";
	}

	private String editPage(GoodPracticeDetails sheet, GoodPracticeForm form, Model model, Locale locale) {
		form.addEmptyLinkRows();
		model.addAttribute("sheet", sheet);
		model.addAttribute("sections", GoodPracticeField.Section.values());
		model.addAttribute("themeOptions", this.themes.options(locale));
		model.addAttribute("languageOptions", Countries.languageOptions(locale));
		return "good-practices/form";
	}

	/** Organisations the person may write a sheet for: their own; any for admins. */
	private List<Option> organisationChoices(CurrentUser user) {
		if (!this.access.mayCreateGoodPractice(user)) {
			throw new ForbiddenException();
		}
		if (user.isAdmin()) {
			return this.organisations.all().stream().map((o) -> new Option(String.valueOf(o.id()), o.name())).toList();
		}
		long own = this.access.organisationOf(user).orElseThrow(ForbiddenException::new);
		return this.organisations.summaries(List.of(own))
			.values()
			.stream()
			.map((o) -> new Option(String.valueOf(o.id()), o.name()))
			.toList();
	}

	/** The text fields where the saved sheet and the person's input differ. */
	private static List<ConflictRow> conflicts(GoodPracticeDetails stored, GoodPracticeForm form) {
		List<ConflictRow> rows = new ArrayList<>();
		for (GoodPracticeField field : GoodPracticeField.textFields()) {
			String saved = stored.data().text(field);
			String yours = form.text(field);
			if (!Objects.equals(blankToNull(saved), blankToNull(yours))) {
				rows.add(new ConflictRow(field.labelKey(), saved, yours));
			}
		}
		return rows;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A field that changed meanwhile: its label, the saved text and the person's. */
	record ConflictRow(String labelKey, String stored, String yours) {
	}

}
