package org.citymentor.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Friendly pages for the errors controllers raise, rendered in the layout with the right
 * status; never a stack trace, exception name or SQL.
 */
@ControllerAdvice
class ErrorPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

	private final LayoutModel layout;

	ErrorPageAdvice(LayoutModel layout) {
		this.layout = layout;
	}

	/**
	 * A method no page answers (PUT, DELETE, …) is "not found" too: a 405 would tell a
	 * guesser that a hidden thing exists.
	 */
	@ExceptionHandler({ NotFoundException.class, HttpRequestMethodNotSupportedException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Locale locale, Model model) {
		return page("error/404", request, locale, model);
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(HttpServletRequest request, Locale locale, Model model) {
		return page("error/403", request, locale, model);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Exception ex, HttpServletRequest request, Locale locale, Model model) {
		log.debug("Bad request: {}", ex.getMessage());
		return page("error/4xx", request, locale, model);
	}

	@ExceptionHandler(StaleEditException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(HttpServletRequest request, Locale locale, Model model) {
		return page("error/409", request, locale, model);
	}

	/**
	 * Every download slot was taken for longer than the reader waited (DownloadSlots).
	 */
	@ExceptionHandler(DownloadSlots.DownloadsBusyException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String downloadsBusy(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		response.setHeader("Retry-After", "30");
		response.setHeader("Cache-Control", "no-store");
		return page("error/busy", request, locale, model);
	}

	/**
	 * Exception handlers get an empty model: give the layout its menu and language
	 * switch.
	 */
	private String page(String view, HttpServletRequest request, Locale locale, Model model) {
		CurrentUser user = (SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof CurrentUser current)
						? current : null;
		model.addAttribute("currentPath", this.layout.currentPath(request));
		model.addAttribute("otherLanguages", this.layout.otherLanguages(locale));
		model.addAttribute("navigation", this.layout.navigation(user, request));
		return view;
	}

}
