package org.citymentor.shared.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the menu, the other languages, the page's own
 * path.
 */
@ControllerAdvice
class LayoutModel {

	private final org.citymentor.shared.DisplayZone displayZone;

	LayoutModel(org.citymentor.shared.DisplayZone displayZone) {
		this.displayZone = displayZone;
	}

	/** The zone pages show times in: {@code instant.atZone(zone)}. */
	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return this.displayZone.zone();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
		return (path != null) ? path : request.getRequestURI();
	}

	@ModelAttribute("otherLanguages")
	List<String> otherLanguages(java.util.Locale locale) {
		return SupportedLanguages.CODES.stream().filter((code) -> !code.equals(locale.getLanguage())).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
		if (user == null) {
			return List.of();
		}
		String path = currentPath(request);
		List<NavigationItem> items = new ArrayList<>();
		items.add(new NavigationItem("/", "nav.home", path.equals("/")));
		items.add(new NavigationItem("/programmes", "nav.programmes", path.startsWith("/programmes")));
		items.add(new NavigationItem("/organisations", "nav.organisations", path.startsWith("/organisations")));
		items.add(new NavigationItem("/good-practices", "nav.goodPractices", path.startsWith("/good-practices")));
		items.add(new NavigationItem("/learning-sessions", "learning.nav", path.startsWith("/learning-sessions")));
		items.add(new NavigationItem("/calls", "matching.nav", path.startsWith("/calls")));
		if (user.isAdmin()) {
			items.add(new NavigationItem("/admin/themes", "nav.themes", path.startsWith("/admin/themes")));
		}
		items.add(new NavigationItem("/account", "nav.account", path.startsWith("/account")));
		return items;
	}

	/** One entry of the service navigation. */
	public record NavigationItem(String path, String labelKey, boolean active) {
	}

}
