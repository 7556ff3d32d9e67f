package org.citymentor.form;

import java.util.Locale;
import java.util.Map;

import org.citymentor.shared.security.CurrentUser;

/**
 * Implemented by each feature module that owns a template: turns the path of a form page
 * into a {@link FormScope}, after checking that the viewer may see it (404 otherwise).
 */
public interface FormScopes {

	/** The address shape this bean answers for (one of {@code FormRoutes}). */
	String route();

	FormScope resolve(Map<String, String> pathVariables, CurrentUser user, Locale locale);

}
