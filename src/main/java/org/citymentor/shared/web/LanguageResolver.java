package org.citymentor.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The page language: the language cookie (set at sign-in from the person's preference and
 * by the switch in the header), else the best match of the browser's languages, else
 * English.
 */
public class LanguageResolver extends CookieLocaleResolver {

	public static final String COOKIE = "CITYMENTOR_LANG";

	public LanguageResolver() {
		super(COOKIE);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieSameSite("Lax");
		setCookieHttpOnly(true);
		setDefaultLocaleFunction(LanguageResolver::fromBrowser);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale locale = super.resolveLocale(request);
		return SupportedLanguages.isSupported(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage())
				: fromBrowser(request);
	}

	public void setLanguage(HttpServletRequest request, HttpServletResponse response, String code) {
		setLocale(request, response, SupportedLanguages.localeOf(code));
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		var locales = request.getLocales();
		while (locales.hasMoreElements()) {
			String language = locales.nextElement().getLanguage();
			if (SupportedLanguages.isSupported(language)) {
				return Locale.forLanguageTag(language);
			}
		}
		return Locale.forLanguageTag(SupportedLanguages.DEFAULT);
	}

}
