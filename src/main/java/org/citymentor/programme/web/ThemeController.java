package org.citymentor.programme.web;

import jakarta.validation.Valid;
import org.citymentor.programme.Themes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managed list of themes; only administrators reach {@code /admin/**}. */
@Controller
class ThemeController {

	private final Themes themes;

	ThemeController(Themes themes) {
		this.themes = themes;
	}

	@GetMapping("/admin/themes")
	String list(Model model) {
		model.addAttribute("themes", this.themes.all());
		model.addAttribute("form", new ThemeForm(new Themes.Labels("", "", "", ""), true));
		return "themes/list";
	}

	@PostMapping("/admin/themes")
	String add(@Valid @ModelAttribute("form") ThemeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("labelEn") && this.themes.labelTaken(form.getLabelEn(), null)) {
			result.rejectValue("labelEn", "theme.labelEn.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("themes", this.themes.all());
			return "themes/list";
		}
		this.themes.addTheme(form.labels());
		redirect.addFlashAttribute("notice", "notice.themeSaved");
		return "redirect:/admin/themes";
	}

	@GetMapping("/admin/themes/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Themes.ThemeRow theme = this.themes.get(id);
		model.addAttribute("theme", theme);
		model.addAttribute("form", new ThemeForm(theme.labels(), theme.active()));
		return "themes/form";
	}

	@PostMapping("/admin/themes/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ThemeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Themes.ThemeRow theme = this.themes.get(id);
		if (!result.hasFieldErrors("labelEn") && this.themes.labelTaken(form.getLabelEn(), id)) {
			result.rejectValue("labelEn", "theme.labelEn.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("theme", theme);
			return "themes/form";
		}
		this.themes.updateTheme(id, form.labels(), form.isActive());
		redirect.addFlashAttribute("notice", "notice.themeSaved");
		return "redirect:/admin/themes";
	}

}
